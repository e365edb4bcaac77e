package id.netralitas.report;

import id.netralitas.common.text.Text;
import id.netralitas.common.security.Hashes;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.idempotency.IdempotencyService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Evidence of reports. Files are checked by their content (type sniffed from the first bytes,
 * against an allow-list and the evidence kind) and size, hashed with SHA-256 while they are copied
 * into the database in chunks of {@value #CHUNK_BYTES} bytes, and streamed back chunk by chunk, so
 * neither direction holds a file in memory. Links are kept with a hash of their normalised form, so
 * that the same post reported twice is noticed. Only the original is stored: callers who may not
 * see it get a copy stripped of its metadata as they download it ({@link #stripped}).
 */
@ApplicationScoped
public class EvidenceService {

    static final int CHUNK_BYTES = 256 * 1024;
    private static final Logger LOG = Logger.getLogger(EvidenceService.class);

    @ApplicationScoped
    public static class Evidence implements PanacheRepository<ReportEvidence> {
    }

    @Inject
    Evidence evidence;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReportHistory history;

    @ConfigProperty(name = "netralitas.evidence.max-bytes", defaultValue = "20M")
    MemorySize maxBytes;

    @ConfigProperty(name = "netralitas.evidence.allowed-types",
            defaultValue = "image/jpeg,image/png,image/gif,image/webp,image/heic,application/pdf,video/mp4,video/quicktime,video/webm,video/3gpp")
    Set<String> allowedTypes;

    /** What was uploaded: a file on disk (from the multipart body) or a link. */
    public record Submission(EvidenceKind kind, Path file, String fileName, String url, String description) {
    }

    /** Adds evidence to a report (already checked for access), in the caller's transaction. */
    public ReportEvidence add(Report report, Submission submission, String addedBy, ReportEvidence.AddedVia via) {
        if (submission.kind() == null) {
            throw ApiException.invalidField("kind", "NOT_NULL");
        }
        ReportEvidence row = new ReportEvidence();
        row.publicId = UUID.randomUUID().toString();
        row.report = report;
        row.kind = submission.kind();
        row.description = Text.blankToNull(submission.description());
        row.addedBy = addedBy;
        row.addedVia = via;
        row.createdAt = Instant.now();
        if (submission.kind() == EvidenceKind.TAUTAN) {
            if (submission.file() != null) {
                throw ApiException.invalidField("file", "EVIDENCE_LINK_WITH_FILE");
            }
            row.url = checkedUrl(submission.url());
            row.urlSha256 = Hashes.sha256(normalizeUrl(row.url));
            evidence.persist(row);
        } else {
            if (submission.file() == null) {
                throw ApiException.invalidField("file", "NOT_NULL");
            }
            if (submission.url() != null && !submission.url().isBlank()) {
                throw ApiException.invalidField("url", "EVIDENCE_FILE_WITH_LINK");
            }
            long size = size(submission.file());
            if (size > maxBytes.asLongValue()) {
                throw new ApiException(413, "EVIDENCE_TOO_LARGE", maxBytes.asLongValue() / (1024 * 1024));
            }
            if (size == 0) {
                throw ApiException.invalidField("file", "EVIDENCE_EMPTY");
            }
            String type = sniff(submission.file());
            if (!allowedTypes.contains(type)) {
                throw new ApiException(415, "EVIDENCE_TYPE_NOT_ALLOWED", type, String.join(", ", allowedTypes));
            }
            if (!EvidenceTypes.fits(submission.kind(), type)) {
                throw ApiException.invalidField("kind", "EVIDENCE_KIND_MISMATCH", submission.kind(), type);
            }
            row.fileName = fileName(submission.fileName());
            row.contentType = type;
            row.sizeBytes = size;
            evidence.persist(row);
            evidence.flush();
            row.sha256 = copyIn(row.id, submission.file());
        }
        evidence.flush();
        duplicates.atEvidence(report, row.sha256, row.urlSha256);
        history.append(new ReportHistory.Entry(report.id, null, ReportEvent.Type.EVIDENCE_ADDED, null, null, null,
                addedBy, via == ReportEvidence.AddedVia.REPORTER ? "reporter" : "officer", null, null, null,
                "evidence: " + row.publicId + "\nkind: " + row.kind
                        + (row.sha256 != null ? "\nsha256: " + row.sha256 + "\nsize: " + row.sizeBytes : "\nurl: " + row.url)));
        return row;
    }

    public List<ReportEvidence> of(Report report) {
        return evidence.find("report = ?1 order by createdAt, id", report).list();
    }

    public ReportEvidence get(Report report, String evidenceId) {
        return evidence.find("report = ?1 and publicId = ?2", report, evidenceId).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("EVIDENCE_NOT_FOUND", evidenceId));
    }

    /** The file's content, read chunk by chunk as the response is written (one short transaction per chunk). */
    public StreamingOutput content(ReportEvidence row) {
        if (row.sha256 == null) {
            throw ApiException.notFound("EVIDENCE_NOT_FOUND", row.publicId);
        }
        long evidenceId = row.id;
        return out -> {
            for (int seq = 0; ; seq++) {
                int current = seq;
                byte[] chunk = QuarkusTransaction.requiringNew().call(() -> readChunk(evidenceId, current));
                if (chunk == null) {
                    return;
                }
                out.write(chunk);
            }
        };
    }

    /** A copy of a file without its metadata: its SHA-256 and size, and the content to stream. */
    public record StrippedCopy(String sha256, long sizeBytes, StreamingOutput content) {
    }

    /**
     * The file without the metadata that could identify who took or sent it ({@link EvidenceSanitizer}),
     * for callers who may not see originals. The file is stripped once here, into a digest, so that
     * its hash and size are known and a file that cannot be stripped is refused before anything is
     * sent; the content strips it again as it is written. Types that cannot be stripped (PDF, HEIC,
     * videos) and files that do not follow their format are 403 {@code EVIDENCE_NOT_AVAILABLE}.
     */
    public StrippedCopy stripped(ReportEvidence row) {
        if (row.sha256 == null) {
            throw ApiException.notFound("EVIDENCE_NOT_FOUND", row.publicId);
        }
        if (!EvidenceSanitizer.supports(row.contentType)) {
            throw notAvailable(row);
        }
        long evidenceId = row.id;
        String type = row.contentType;
        EvidenceSanitizer.Source source = () -> new ChunkStream(evidenceId);
        MessageDigest sha = sha256();
        long[] size = {0};
        OutputStream digest = new OutputStream() {
            @Override
            public void write(int b) {
                sha.update((byte) b);
                size[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                sha.update(b, off, len);
                size[0] += len;
            }
        };
        try {
            EvidenceSanitizer.strip(type, source, digest);
        } catch (EvidenceSanitizer.MalformedException e) {
            LOG.infof("Evidence %s (%s) cannot be stripped of its metadata: %s", row.publicId, type, e.getMessage());
            throw notAvailable(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StrippedCopy(HexFormat.of().formatHex(sha.digest()), size[0],
                out -> EvidenceSanitizer.strip(type, source, out));
    }

    private static ApiException notAvailable(ReportEvidence row) {
        return ApiException.forbidden("EVIDENCE_NOT_AVAILABLE", row.publicId, row.contentType);
    }

    /** A stored file read from its first chunk, one short transaction per chunk. */
    private final class ChunkStream extends InputStream {
        private final long evidenceId;
        private int seq;
        private byte[] chunk = new byte[0];
        private int pos;
        private boolean ended;

        ChunkStream(long evidenceId) {
            this.evidenceId = evidenceId;
        }

        @Override
        public int read() {
            return available() > 0 || next() ? chunk[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (available() == 0 && !next()) {
                return -1;
            }
            int n = Math.min(len, available());
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public int available() {
            return chunk.length - pos;
        }

        private boolean next() {
            while (!ended && available() == 0) {
                int current = seq;
                byte[] read = QuarkusTransaction.requiringNew().call(() -> readChunk(evidenceId, current));
                if (read == null) {
                    ended = true;
                } else {
                    seq++;
                    chunk = read;
                    pos = 0;
                }
            }
            return available() > 0;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] readChunk(long evidenceId, int seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT data FROM report_evidence_chunk WHERE evidence_id = ? AND seq = ?")) {
            select.setLong(1, evidenceId);
            select.setInt(2, seq);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    private String copyIn(long evidenceId, Path file) {
        try (InputStream in = Files.newInputStream(file);
             Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO report_evidence_chunk (evidence_id, seq, data) VALUES (?, ?, ?)")) {
            MessageDigest sha = sha256();
            byte[] buffer = new byte[CHUNK_BYTES];
            int seq = 0;
            while (true) {
                int filled = in.readNBytes(buffer, 0, CHUNK_BYTES);
                if (filled <= 0) {
                    break;
                }
                sha.update(buffer, 0, filled);
                insert.setLong(1, evidenceId);
                insert.setInt(2, seq++);
                insert.setBytes(3, filled == CHUNK_BYTES ? buffer : java.util.Arrays.copyOf(buffer, filled));
                insert.executeUpdate();
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing evidence failed", e);
        }
    }

    private static String sniff(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = new byte[EvidenceTypes.HEAD_BYTES];
            int n = in.readNBytes(head, 0, head.length);
            return EvidenceTypes.sniff(head, n).orElse("application/octet-stream");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw ApiException.invalidField("url", "NOT_NULL");
        }
        String trimmed = url.trim();
        try {
            URI uri = URI.create(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (trimmed.length() > 2000 || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw ApiException.badRequest("VALIDATION_FAILED").violation(FieldViolation.of("url", "URL_INVALID"));
            }
            return trimmed;
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("VALIDATION_FAILED").violation(FieldViolation.of("url", "URL_INVALID"));
        }
    }

    /** Scheme and host in lower case, no fragment, no trailing slash: the same post written two ways matches. */
    static String normalizeUrl(String url) {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path + query;
    }

    private static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        if (base.length() > 255) {
            throw ApiException.invalidField("file", "FILE_NAME_TOO_LONG", 255);
        }
        return base;
    }
}
