package id.netralitas.pact;

import id.netralitas.common.security.Hashes;
import id.netralitas.common.idempotency.IdempotencyService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The canonical text of a signed pact and its SHA-256 (docs/pact-receipts.md): the template (election,
 * version, title, commitments) and the signer's snapshot, one {@code name=value} line each, in a fixed
 * order, UTF-8, with backslashes and line breaks inside values escaped. Recomputing it from the stored
 * rows proves that neither the template nor the signer's fields were changed after signing.
 */
public final class PactContent {

    static final String FORMAT = "pakta-integritas/v1";

    private PactContent() {
    }

    /**
     * The signing time as stored and hashed: whole seconds, because MySQL Connector/J against MariaDB
     * drops fractional seconds, and the recomputed hash must match on every database.
     */
    public static Instant signingTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The canonical text of a signature with the template it was signed on. */
    public static String canonical(String electionCode, int templateVersion, String title, List<String> commitments,
                                   PactSignature.SignerType signerType, String nip, String name, String golongan,
                                   String jabatan, String agencyCode, String agencyName, PactSignature.Method method,
                                   Instant signedAt) {
        StringBuilder text = new StringBuilder(512).append(FORMAT).append('\n');
        line(text, "election", electionCode);
        line(text, "templateVersion", Integer.toString(templateVersion));
        line(text, "title", title);
        for (int i = 0; i < commitments.size(); i++) {
            line(text, "commitment." + (i + 1), commitments.get(i));
        }
        line(text, "signerType", signerType.name());
        line(text, "nip", nip);
        line(text, "name", name);
        line(text, "golongan", golongan);
        line(text, "jabatan", jabatan);
        line(text, "agencyCode", agencyCode);
        line(text, "agencyName", agencyName);
        line(text, "method", method.name());
        line(text, "signedAt", signingTime(signedAt).toString());
        return text.toString();
    }

    public static String canonical(PactSignature s, PactTemplate t) {
        return canonical(t.election.code, t.templateVersion, t.title, t.commitments, s.signerType, s.signerNip,
                s.signerName, s.signerGolongan, s.signerJabatan, s.agencyCode, s.agencyName, s.method, s.signedAt);
    }

    public static String sha256(String canonical) {
        return Hashes.sha256(canonical);
    }

    /** "Ahmad Fauzi" → "Ah*** Fa***": two letters of each word, so a receipt shows whose it is without the name. */
    public static String maskName(String name) {
        StringBuilder masked = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (masked.length() > 0) {
                masked.append(' ');
            }
            int keep = Math.min(2, word.codePointCount(0, word.length()));
            masked.append(word, 0, word.offsetByCodePoints(0, keep)).append("***");
        }
        return masked.toString();
    }

    /** "7KQ2M9XD4TRAWP3EH6N1" → "7KQ2-M9XD-4TRA-WP3E-H6N1". */
    public static String displayCode(String canonical) {
        StringBuilder shown = new StringBuilder(canonical.length() + 4);
        for (int i = 0; i < canonical.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                shown.append('-');
            }
            shown.append(canonical.charAt(i));
        }
        return shown.toString();
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append('=');
        if (value != null) {
            text.append(value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n"));
        }
        text.append('\n');
    }
}
