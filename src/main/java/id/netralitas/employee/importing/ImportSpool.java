package id.netralitas.employee.importing;

import id.netralitas.common.csv.CsvReader;
import id.netralitas.common.error.ApiException;
import id.netralitas.employee.EmployeeCsvFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** An upload streamed to a spool file, hashed on the way, its size and header checked. */
record ImportSpool(Path file, String sha256, long bytes) {

    /** Spools {@code body} into {@code dir}; the file is deleted again when the upload is refused. */
    static ImportSpool write(InputStream body, Path dir, long maxBytes) {
        Path file = null;
        try {
            Files.createDirectories(dir);
            file = Files.createTempFile(dir, "employee-import-", ".csv");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long bytes = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = new DigestInputStream(body, sha); OutputStream out = Files.newOutputStream(file)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    bytes += n;
                    if (bytes > maxBytes) {
                        throw new ApiException(413, "PAYLOAD_TOO_LARGE");
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (bytes == 0) {
                throw headerInvalid();
            }
            ImportSpool spool = new ImportSpool(file, HexFormat.of().formatHex(sha.digest()), bytes);
            spool.checkHeader();
            return spool;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            deleteQuietly(file);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    void delete() {
        deleteQuietly(file);
    }

    private void checkHeader() throws IOException {
        try (InputStream in = Files.newInputStream(file); CsvReader csv = CsvReader.utf8(in)) {
            List<String> header = csv.next();
            if (header == null || !EmployeeCsvFormat.HEADER.equals(header.stream().map(String::trim).toList())) {
                throw headerInvalid();
            }
        }
    }

    private static ApiException headerInvalid() {
        return ApiException.badRequest("CSV_HEADER_INVALID", String.join(",", EmployeeCsvFormat.HEADER));
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover spool file in the temp directory is harmless
            }
        }
    }
}
