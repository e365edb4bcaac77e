package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.security.Hashes;
import id.netralitas.common.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Evidence of reports. Files are checked by their content (type sniffed from the first bytes,
 * against an allow-list and the evidence kind) and size, hashed with SHA-256 while they are copied
 * into the database in chunks ({@link EvidenceChunkJdbc}), and streamed back chunk by chunk
 * ({@link EvidenceContent}), so neither direction holds a file in memory. Links are kept with a hash
 * of their normalised form, so that the same post reported twice is noticed. Only the original is
 * stored: callers who may not see it get a copy stripped of its metadata ({@link StrippedEvidence}).
 */
@ApplicationScoped
public class EvidenceService {

    @Inject
    ReportEvidenceRepository evidence;

    @Inject
    EvidenceChunkJdbc chunks;

    @Inject
    EvidenceContent content;

    @Inject
    StrippedEvidence strippedCopies;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    ReportHistory history;

    @Inject
    EvidenceConfig config;

    /** What was uploaded: a file on disk (from the multipart body) or a link. */
    public record Submission(EvidenceKind kind, Path file, String fileName, String url, String description) {
    }

    /** A copy of a file without its metadata: its SHA-256 and size, and the content to stream. */
    public record StrippedCopy(String sha256, long sizeBytes, StreamingOutput content) {
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
            addLink(row, submission);
        } else {
            addFile(row, submission);
        }
        evidence.flush();
        if (via != ReportEvidence.AddedVia.REPORTED) {
            // the reported employee's own file (a defence) says nothing about which reports are alike
            duplicates.atEvidence(report, row.sha256, row.urlSha256);
        }
        history.append(new ReportHistory.Entry(report.id, null, ReportEvent.Type.EVIDENCE_ADDED, null, null, null,
                addedBy, switch (via) {
                    case REPORTER -> "reporter";
                    case REPORTED -> "reported";
                    case OFFICER -> "officer";
                }, null, null, null,
                "evidence: " + row.publicId + "\nkind: " + row.kind
                        + (row.sha256 != null ? "\nsha256: " + row.sha256 + "\nsize: " + row.sizeBytes : "\nurl: " + row.url)));
        return row;
    }

    public List<ReportEvidence> of(Report report) {
        return evidence.ofReport(report);
    }

    public ReportEvidence get(Report report, String evidenceId) {
        return evidence.findByPublicId(report, evidenceId)
                .orElseThrow(() -> ApiException.notFound("EVIDENCE_NOT_FOUND", evidenceId));
    }

    /** The file's content, read chunk by chunk as the response is written (one short transaction per chunk). */
    public StreamingOutput content(ReportEvidence row) {
        return content.original(row);
    }

    /** The file without its identifying metadata ({@link StrippedEvidence#of}). */
    public StrippedCopy stripped(ReportEvidence row) {
        return strippedCopies.of(row);
    }

    private void addLink(ReportEvidence row, Submission submission) {
        if (submission.file() != null) {
            throw ApiException.invalidField("file", "EVIDENCE_LINK_WITH_FILE");
        }
        row.url = checkedUrl(submission.url());
        row.urlSha256 = Hashes.sha256(normalizeUrl(row.url));
        evidence.persist(row);
    }

    private void addFile(ReportEvidence row, Submission submission) {
        if (submission.file() == null) {
            throw ApiException.invalidField("file", "NOT_NULL");
        }
        if (submission.url() != null && !submission.url().isBlank()) {
            throw ApiException.invalidField("url", "EVIDENCE_FILE_WITH_LINK");
        }
        long size = size(submission.file());
        long maxBytes = config.maxBytes().asLongValue();
        if (size > maxBytes) {
            throw new ApiException(413, "EVIDENCE_TOO_LARGE", maxBytes / (1024 * 1024));
        }
        if (size == 0) {
            throw ApiException.invalidField("file", "EVIDENCE_EMPTY");
        }
        String type = sniff(submission.file());
        if (!config.allowedTypes().contains(type)) {
            throw new ApiException(415, "EVIDENCE_TYPE_NOT_ALLOWED", type, String.join(", ", config.allowedTypes()));
        }
        if (!EvidenceTypes.fits(submission.kind(), type)) {
            throw ApiException.invalidField("kind", "EVIDENCE_KIND_MISMATCH", submission.kind(), type);
        }
        row.fileName = fileName(submission.fileName());
        row.contentType = type;
        row.sizeBytes = size;
        evidence.persist(row);
        evidence.flush();
        row.sha256 = chunks.insert(row.id, submission.file());
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
