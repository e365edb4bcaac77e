package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.jboss.logging.Logger;

/**
 * Copies of evidence files without the metadata that could identify who took or sent them
 * ({@link EvidenceSanitizer}), for callers who may not see originals. Only originals are stored: a
 * copy is stripped once into a digest, so that its hash and size are known and a file that cannot be
 * stripped is refused before anything is sent, and stripped again as it is written.
 */
@ApplicationScoped
public class StrippedEvidence {

    private static final Logger LOG = Logger.getLogger(StrippedEvidence.class);

    @Inject
    EvidenceContent content;

    /**
     * The stripped copy of a file. Types that cannot be stripped (PDF, HEIC, videos) and files that
     * do not follow their format are 403 {@code EVIDENCE_NOT_AVAILABLE}.
     */
    public EvidenceService.StrippedCopy of(ReportEvidence row) {
        EvidenceContent.requireFile(row);
        if (!EvidenceSanitizer.supports(row.contentType)) {
            throw notAvailable(row);
        }
        String type = row.contentType;
        EvidenceSanitizer.Source source = content.source(row);
        Digest digest = new Digest();
        try {
            EvidenceSanitizer.strip(type, source, digest);
        } catch (EvidenceSanitizer.MalformedException e) {
            LOG.infof("Evidence %s (%s) cannot be stripped of its metadata: %s", row.publicId, type, e.getMessage());
            throw notAvailable(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EvidenceService.StrippedCopy(HexFormat.of().formatHex(digest.sha.digest()), digest.size,
                out -> EvidenceSanitizer.strip(type, source, out));
    }

    private static ApiException notAvailable(ReportEvidence row) {
        return ApiException.forbidden("EVIDENCE_NOT_AVAILABLE", row.publicId, row.contentType);
    }

    /** Counts and hashes what is written to it, keeping nothing. */
    private static final class Digest extends OutputStream {
        private final MessageDigest sha = EvidenceChunkJdbc.sha256();
        private long size;

        @Override
        public void write(int b) {
            sha.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            sha.update(b, off, len);
            size += len;
        }
    }
}
