package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;

/**
 * Streams stored evidence files chunk by chunk as the response is written, each chunk read in a
 * short transaction of its own, so a download neither holds a file in memory nor a transaction open.
 */
@ApplicationScoped
public class EvidenceContent {

    @Inject
    EvidenceChunkJdbc chunks;

    /** The file as uploaded. */
    public StreamingOutput original(ReportEvidence row) {
        requireFile(row);
        long evidenceId = row.id;
        return out -> {
            for (int seq = 0; ; seq++) {
                byte[] chunk = readChunkInNewTransaction(evidenceId, seq);
                if (chunk == null) {
                    return;
                }
                out.write(chunk);
            }
        };
    }

    /** The file as a stream that can be opened again from its start. */
    public EvidenceSanitizer.Source source(ReportEvidence row) {
        requireFile(row);
        long evidenceId = row.id;
        return () -> new ChunkStream(evidenceId);
    }

    static void requireFile(ReportEvidence row) {
        if (row.sha256 == null) {
            throw ApiException.notFound("EVIDENCE_NOT_FOUND", row.publicId);
        }
    }

    private byte[] readChunkInNewTransaction(long evidenceId, int seq) {
        return QuarkusTransaction.requiringNew().call(() -> chunks.select(evidenceId, seq));
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
                byte[] read = readChunkInNewTransaction(evidenceId, seq);
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
}
