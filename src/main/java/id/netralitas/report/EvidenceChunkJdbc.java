package id.netralitas.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The SQL of evidence file content: table {@code report_evidence_chunk} holds a file in chunks of
 * {@value #CHUNK_BYTES} bytes, numbered from 0, so that no file is ever held in memory whole.
 */
@ApplicationScoped
public class EvidenceChunkJdbc {

    static final int CHUNK_BYTES = 256 * 1024;

    @Inject
    AgroalDataSource dataSource;

    /** Stores the file as the content of the evidence row, in the caller's transaction; returns its SHA-256. */
    public String insert(long evidenceId, Path file) {
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
                insert.setBytes(3, filled == CHUNK_BYTES ? buffer : Arrays.copyOf(buffer, filled));
                insert.executeUpdate();
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing evidence failed", e);
        }
    }

    /** Chunk {@code seq} of the file, or null after its last one. */
    public byte[] select(long evidenceId, int seq) throws SQLException {
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

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
