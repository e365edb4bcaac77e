package id.netralitas.common.security;

import id.netralitas.common.idempotency.IdempotencyService;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Codes handed out once and typed back later (a public reporter's receipt, a pact signature's
 * verification code): 20 Crockford base32 characters (100 bits of entropy)
 * in five groups, e.g. {@code 7KQ2-M9XD-4TRA-WP3E-H6N1}. Input is normalised (case, dashes, spaces,
 * and the look-alikes I, L to 1 and O to 0) before hashing; only the SHA-256 is stored.
 */
public final class ReadableCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReadableCodes() {
    }

    public static String generate() {
        StringBuilder receipt = new StringBuilder(LENGTH + LENGTH / 4);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                receipt.append('-');
            }
            receipt.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return receipt.toString();
    }

    /** The canonical form of a typed receipt, or empty when it cannot be one. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder canonical = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ' -> {
                }
                case 'I', 'L' -> canonical.append('1');
                case 'O' -> canonical.append('0');
                default -> {
                    if (new String(ALPHABET).indexOf(c) < 0) {
                        return Optional.empty();
                    }
                    canonical.append(c);
                }
            }
        }
        return canonical.length() == LENGTH ? Optional.of(canonical.toString()) : Optional.empty();
    }

    public static String hash(String canonical) {
        return Hashes.sha256(canonical);
    }

    /** Constant-time comparison of two hex hashes. */
    public static boolean sameHash(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(), b.getBytes());
    }
}
