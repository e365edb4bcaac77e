package id.netralitas.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Copies a picture without the metadata that can tell who took or sent it: position (EXIF GPS),
 * camera and its owner, author, software, timestamps, embedded thumbnails and previews, comments,
 * colour profiles, and whatever follows the end of the image. Only what is needed to draw the
 * picture is kept:
 * <ul>
 * <li>JPEG: every segment but APP1..APP15 and COM; APP0 only as a plain JFIF header without its
 * thumbnail, APP14 only as the 12-byte Adobe colour-transform flags; nothing after EOI (where
 * phones append motion-photo videos and multi-picture data);</li>
 * <li>PNG: the critical chunks and the ancillary chunks that affect rendering ({@link #PNG_KEPT});
 * never tEXt, zTXt, iTXt, eXIf, tIME, iCCP or private chunks; nothing after IEND;</li>
 * <li>GIF: images, graphic control and plain-text extensions, and the NETSCAPE2.0 loop count
 * rewritten in its canonical form; never comment or other application extensions (XMP); nothing
 * after the trailer;</li>
 * <li>WebP: VP8X, VP8, VP8L, ALPH, ANIM and ANMF; never EXIF, XMP or ICCP, with their VP8X flags
 * cleared and the RIFF size rewritten; nothing after the RIFF payload.</li>
 * </ul>
 * Other types (PDF, HEIC, videos) cannot be stripped reliably and are not supported. The copy
 * streams through a buffer of {@value #BUFFER} bytes, whatever the file's size; a WebP is read
 * twice (its RIFF size comes first). A file that does not follow its format's structure fails with
 * {@link MalformedException}; the output written so far is then incomplete, so callers that must
 * not send a partial file strip once into a null stream first.
 */
public final class EvidenceSanitizer {

    static final int BUFFER = 64 * 1024;

    /** The types this class strips; every other type is refused. */
    public static final Set<String> SUPPORTED = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

    /** Ancillary PNG chunks kept: they change how the pixels are drawn and name nobody. */
    static final Set<String> PNG_KEPT = Set.of("tRNS", "gAMA", "cHRM", "sRGB", "sBIT", "bKGD", "pHYs", "hIST",
            "sPLT", "cICP", "mDCV", "cLLI", "acTL", "fcTL", "fdAT");

    /** WebP chunks kept: the image and animation data. */
    static final Set<String> WEBP_KEPT = Set.of("VP8X", "VP8 ", "VP8L", "ALPH", "ANIM", "ANMF");

    /** VP8X flag bits of the chunks that are dropped: ICC profile, EXIF, XMP. */
    static final int VP8X_METADATA_FLAGS = 0x20 | 0x08 | 0x04;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JFIF = {'J', 'F', 'I', 'F', 0};
    private static final byte[] ADOBE = {'A', 'd', 'o', 'b', 'e'};
    private static final byte[] NETSCAPE = "NETSCAPE2.0".getBytes(StandardCharsets.US_ASCII);

    /** A file to strip, which can be read from its start more than once. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** The file does not follow the structure of its type. */
    public static final class MalformedException extends IOException {
        MalformedException(String message) {
            super(message);
        }
    }

    private EvidenceSanitizer() {
    }

    public static boolean supports(String contentType) {
        return contentType != null && SUPPORTED.contains(contentType);
    }

    /**
     * Writes the stripped copy of the file to {@code out} (flushed, not closed).
     *
     * @throws IllegalArgumentException for a type that is not {@linkplain #supports supported}
     * @throws MalformedException when the file does not follow its format
     */
    public static void strip(String contentType, Source source, OutputStream out) throws IOException {
        if (!supports(contentType)) {
            throw new IllegalArgumentException("cannot strip " + contentType);
        }
        BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
        if (contentType.equals("image/webp")) {
            long kept;
            try (In in = new In(source.open())) {
                kept = webp(in, null);
            }
            try (In in = new In(source.open())) {
                webpHeader(buffered, kept);
                webp(in, buffered);
            }
        } else {
            try (In in = new In(source.open())) {
                switch (contentType) {
                    case "image/jpeg" -> jpeg(in, buffered);
                    case "image/png" -> png(in, buffered);
                    default -> gif(in, buffered);
                }
            }
        }
        buffered.flush();
    }

    // ---- JPEG

    private static void jpeg(In in, OutputStream out) throws IOException {
        if (in.u8() != 0xFF || in.u8() != 0xD8) {
            throw new MalformedException("JPEG: no SOI");
        }
        out.write(0xFF);
        out.write(0xD8);
        int pending = -1;
        while (true) {
            int marker = pending >= 0 ? pending : nextMarker(in);
            pending = -1;
            if (marker == 0xD9) {
                out.write(0xFF);
                out.write(0xD9);
                return; // whatever follows the end of the image is left out
            }
            if (marker == 0xD8) {
                throw new MalformedException("JPEG: SOI inside the image");
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(0xFF); // TEM and RSTn stand alone
                out.write(marker);
                continue;
            }
            int length = in.u16be();
            if (length < 2) {
                throw new MalformedException("JPEG: segment length " + length);
            }
            int payload = length - 2;
            if (marker == 0xE0) {
                jfif(in.bytes(payload), out);
            } else if (marker == 0xEE) {
                byte[] data = in.bytes(payload);
                if (payload == 12 && startsWith(data, ADOBE)) {
                    segment(out, marker, data);
                }
            } else if ((marker >= 0xE1 && marker <= 0xEF) || marker == 0xFE) {
                in.skip(payload);
            } else {
                out.write(0xFF);
                out.write(marker);
                out.write(length >> 8);
                out.write(length);
                in.copy(payload, out);
                if (marker == 0xDA) {
                    pending = scan(in, out);
                }
            }
        }
    }

    /** The next marker's code, after its 0xFF and any fill bytes. */
    private static int nextMarker(In in) throws IOException {
        if (in.u8() != 0xFF) {
            throw new MalformedException("JPEG: expected a marker at byte " + (in.position() - 1));
        }
        int code;
        do {
            code = in.u8();
        } while (code == 0xFF);
        return code;
    }

    /**
     * Copies entropy-coded data (with its stuffed zeros and restart markers) and returns the code of
     * the marker that ends it. A file cut off inside the scan is closed with EOI, as decoders read it.
     */
    private static int scan(In in, OutputStream out) throws IOException {
        while (true) {
            if (!in.copyToFF(out)) {
                return 0xD9;
            }
            int next;
            do {
                next = in.read();
            } while (next == 0xFF);
            if (next < 0) {
                return 0xD9;
            }
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                out.write(0xFF);
                out.write(next);
            } else {
                return next;
            }
        }
    }

    /** APP0: a JFIF header is kept without its thumbnail; JFXX and other APP0 segments are dropped. */
    private static void jfif(byte[] data, OutputStream out) throws IOException {
        if (data.length < 14 || !startsWith(data, JFIF)) {
            return;
        }
        byte[] header = Arrays.copyOf(data, 14); // identifier, version, units, densities, thumbnail size
        header[12] = 0;
        header[13] = 0;
        segment(out, 0xE0, header);
    }

    private static void segment(OutputStream out, int marker, byte[] data) throws IOException {
        int length = data.length + 2;
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length);
        out.write(data);
    }

    // ---- PNG

    private static void png(In in, OutputStream out) throws IOException {
        if (!Arrays.equals(in.bytes(PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            throw new MalformedException("PNG: no signature");
        }
        out.write(PNG_SIGNATURE);
        while (true) {
            long length = in.u32be();
            byte[] type = in.bytes(4);
            if (length > Integer.MAX_VALUE || !isChunkType(type)) {
                throw new MalformedException("PNG: bad chunk at byte " + (in.position() - 8));
            }
            String name = new String(type, StandardCharsets.US_ASCII);
            boolean critical = (type[0] & 0x20) == 0;
            if (critical || PNG_KEPT.contains(name)) {
                writeU32be(out, length);
                out.write(type);
                in.copy(length + 4, out); // data and CRC, unchanged
            } else {
                in.skip(length + 4);
            }
            if (name.equals("IEND")) {
                return;
            }
        }
    }

    private static boolean isChunkType(byte[] type) {
        for (byte b : type) {
            if (!((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z'))) {
                return false;
            }
        }
        return true;
    }

    // ---- GIF

    private static void gif(In in, OutputStream out) throws IOException {
        byte[] header = in.bytes(13); // signature, version, logical screen descriptor
        String signature = new String(header, 0, 6, StandardCharsets.US_ASCII);
        if (!signature.equals("GIF87a") && !signature.equals("GIF89a")) {
            throw new MalformedException("GIF: no signature");
        }
        out.write(header);
        copyColourTable(in, out, header[10]);
        while (true) {
            int block = in.u8();
            switch (block) {
                case 0x2C -> {
                    byte[] descriptor = in.bytes(9);
                    out.write(block);
                    out.write(descriptor);
                    copyColourTable(in, out, descriptor[8]);
                    out.write(in.u8()); // LZW minimum code size
                    subBlocks(in, out);
                }
                case 0x21 -> extension(in, out);
                case 0x3B -> {
                    out.write(block);
                    return; // nothing after the trailer
                }
                default -> throw new MalformedException("GIF: unknown block 0x" + Integer.toHexString(block)
                        + " at byte " + (in.position() - 1));
            }
        }
    }

    private static void copyColourTable(In in, OutputStream out, byte flags) throws IOException {
        if ((flags & 0x80) != 0) {
            in.copy(3L << ((flags & 0x07) + 1), out);
        }
    }

    private static void extension(In in, OutputStream out) throws IOException {
        int label = in.u8();
        if (label == 0xF9 || label == 0x01) { // graphic control, plain text: part of the picture
            out.write(0x21);
            out.write(label);
            subBlocks(in, out);
            return;
        }
        if (label == 0xFF) {
            int size = in.u8();
            byte[] identifier = in.bytes(size);
            if (size == 0) {
                return;
            }
            if (Arrays.equals(identifier, NETSCAPE)) {
                int dataSize = in.u8();
                byte[] data = in.bytes(dataSize);
                if (dataSize != 0) {
                    subBlocks(in, null);
                }
                if (dataSize == 3 && data[0] == 1) { // the loop count alone, in its canonical form
                    out.write(0x21);
                    out.write(0xFF);
                    out.write(NETSCAPE.length);
                    out.write(NETSCAPE);
                    out.write(3);
                    out.write(data);
                    out.write(0);
                }
                return;
            }
        }
        subBlocks(in, null); // comments, XMP and other application data
    }

    /** Copies (or, with no output, skips) data sub-blocks up to and including the terminator. */
    private static void subBlocks(In in, OutputStream out) throws IOException {
        while (true) {
            int size = in.u8();
            if (out != null) {
                out.write(size);
            }
            if (size == 0) {
                return;
            }
            if (out != null) {
                in.copy(size, out);
            } else {
                in.skip(size);
            }
        }
    }

    // ---- WebP

    private static void webpHeader(OutputStream out, long keptChunkBytes) throws IOException {
        out.write(new byte[] {'R', 'I', 'F', 'F'});
        writeU32le(out, 4 + keptChunkBytes);
        out.write(new byte[] {'W', 'E', 'B', 'P'});
    }

    /**
     * Walks the chunks of a WebP: without output, returns how many bytes the kept chunks take;
     * with output, writes them (the RIFF header is written by the caller).
     */
    private static long webp(In in, OutputStream out) throws IOException {
        byte[] riff = in.bytes(12);
        if (!startsWith(riff, "RIFF".getBytes(StandardCharsets.US_ASCII))
                || !new String(riff, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            throw new MalformedException("WebP: no RIFF header");
        }
        long riffSize = u32le(riff, 4);
        long read = 4;
        long kept = 0;
        while (read < riffSize) {
            byte[] header = in.bytes(8);
            String name = new String(header, 0, 4, StandardCharsets.US_ASCII);
            long size = u32le(header, 4);
            long padded = size + (size & 1);
            read += 8 + padded;
            if (read > riffSize) {
                throw new MalformedException("WebP: chunk " + name + " overruns the RIFF size");
            }
            if (!WEBP_KEPT.contains(name)) {
                in.skip(padded);
                continue;
            }
            kept += 8 + padded;
            if (out == null) {
                in.skip(padded);
            } else if (name.equals("VP8X")) {
                if (size < 1 || size > 64) {
                    throw new MalformedException("WebP: VP8X of " + size + " bytes");
                }
                byte[] data = in.bytes((int) padded);
                data[0] &= (byte) ~VP8X_METADATA_FLAGS;
                out.write(header);
                out.write(data);
            } else {
                out.write(header);
                in.copy(padded, out);
            }
        }
        return kept;
    }

    // ---- bytes

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static long u32le(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static void writeU32le(OutputStream out, long value) throws IOException {
        out.write((int) value);
        out.write((int) (value >> 8));
        out.write((int) (value >> 16));
        out.write((int) (value >> 24));
    }

    private static void writeU32be(OutputStream out, long value) throws IOException {
        out.write((int) (value >> 24));
        out.write((int) (value >> 16));
        out.write((int) (value >> 8));
        out.write((int) value);
    }

    /** A buffered reader of the source that counts its position and fails on a premature end. */
    private static final class In implements AutoCloseable {
        private final InputStream in;
        private final byte[] buffer = new byte[BUFFER];
        private int pos;
        private int limit;
        private long consumed;

        In(InputStream in) {
            this.in = in;
        }

        long position() {
            return consumed + pos;
        }

        private boolean fill() throws IOException {
            if (pos < limit) {
                return true;
            }
            consumed += limit;
            pos = 0;
            limit = 0;
            int n = in.read(buffer, 0, buffer.length);
            while (n == 0) {
                n = in.read(buffer, 0, buffer.length);
            }
            if (n < 0) {
                return false;
            }
            limit = n;
            return true;
        }

        int read() throws IOException {
            return fill() ? buffer[pos++] & 0xFF : -1;
        }

        int u8() throws IOException {
            int b = read();
            if (b < 0) {
                throw truncated();
            }
            return b;
        }

        int u16be() throws IOException {
            return u8() << 8 | u8();
        }

        long u32be() throws IOException {
            return (long) u16be() << 16 | u16be();
        }

        /** Reads a small field (at most a segment, 64 KiB) into memory. */
        byte[] bytes(int n) throws IOException {
            byte[] out = new byte[n];
            int done = 0;
            while (done < n) {
                if (!fill()) {
                    throw truncated();
                }
                int step = Math.min(n - done, limit - pos);
                System.arraycopy(buffer, pos, out, done, step);
                pos += step;
                done += step;
            }
            return out;
        }

        void copy(long n, OutputStream out) throws IOException {
            long left = n;
            while (left > 0) {
                if (!fill()) {
                    throw truncated();
                }
                int step = (int) Math.min(left, limit - pos);
                out.write(buffer, pos, step);
                pos += step;
                left -= step;
            }
        }

        void skip(long n) throws IOException {
            long left = n;
            while (left > 0) {
                if (!fill()) {
                    throw truncated();
                }
                int step = (int) Math.min(left, limit - pos);
                pos += step;
                left -= step;
            }
        }

        /** Copies bytes up to the next 0xFF and consumes it; false at the end of the input. */
        boolean copyToFF(OutputStream out) throws IOException {
            while (fill()) {
                int start = pos;
                while (pos < limit && buffer[pos] != (byte) 0xFF) {
                    pos++;
                }
                out.write(buffer, start, pos - start);
                if (pos < limit) {
                    pos++;
                    return true;
                }
            }
            return false;
        }

        private MalformedException truncated() {
            return new MalformedException("the file ends early, at byte " + position());
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
