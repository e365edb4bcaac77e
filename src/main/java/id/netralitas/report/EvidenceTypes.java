package id.netralitas.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a file's type from its first bytes (its "magic number"), whatever name or type the uploader
 * gave it, for the formats evidence comes in: JPEG, PNG, GIF, WebP, HEIC, PDF, MP4, QuickTime, WebM,
 * 3GP. Anything else (an executable renamed .jpg, a script, an archive) has no type here and is
 * refused.
 */
public final class EvidenceTypes {

    /** Bytes needed to decide. */
    public static final int HEAD_BYTES = 32;

    private EvidenceTypes() {
    }

    public static Optional<String> sniff(byte[] head, int length) {
        byte[] h = Arrays.copyOf(head, Math.max(length, 0));
        if (starts(h, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(h, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (ascii(h, 0, "GIF87a") || ascii(h, 0, "GIF89a")) {
            return Optional.of("image/gif");
        }
        if (ascii(h, 0, "RIFF") && ascii(h, 8, "WEBP")) {
            return Optional.of("image/webp");
        }
        if (ascii(h, 0, "%PDF-")) {
            return Optional.of("application/pdf");
        }
        if (starts(h, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of("video/webm");
        }
        if (ascii(h, 4, "ftyp")) {
            String brand = h.length >= 12 ? new String(h, 8, 4, StandardCharsets.US_ASCII) : "";
            if (Set.of("heic", "heix", "mif1", "msf1").contains(brand)) {
                return Optional.of("image/heic");
            }
            if (brand.equals("qt  ")) {
                return Optional.of("video/quicktime");
            }
            if (brand.startsWith("3g")) {
                return Optional.of("video/3gpp");
            }
            return Optional.of("video/mp4");
        }
        return Optional.empty();
    }

    /** Whether evidence of this kind may be a file of this type. */
    public static boolean fits(EvidenceKind kind, String contentType) {
        return switch (kind) {
            case FOTO, TANGKAPAN_LAYAR -> contentType.startsWith("image/");
            case VIDEO -> contentType.startsWith("video/");
            case DOKUMEN -> contentType.equals("application/pdf") || contentType.startsWith("image/");
            case TAUTAN -> false;
        };
    }

    /** The usual file name extension of a sniffed type, for names that do not come from the uploader. */
    public static String extension(String contentType) {
        return switch (contentType == null ? "" : contentType) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            case "image/heic" -> "heic";
            case "application/pdf" -> "pdf";
            case "video/mp4" -> "mp4";
            case "video/quicktime" -> "mov";
            case "video/webm" -> "webm";
            case "video/3gpp" -> "3gp";
            default -> "bin";
        };
    }

    private static boolean starts(byte[] h, int... bytes) {
        if (h.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((h[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] h, int offset, String text) {
        if (h.length < offset + text.length()) {
            return false;
        }
        return new String(h, offset, text.length(), StandardCharsets.US_ASCII).equals(text);
    }
}
