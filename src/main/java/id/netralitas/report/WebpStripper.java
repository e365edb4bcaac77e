package id.netralitas.report;

import static id.netralitas.report.StripperInput.startsWith;
import static id.netralitas.report.StripperInput.u32le;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * WebP: VP8X, VP8, VP8L, ALPH, ANIM and ANMF; never EXIF, XMP or ICCP, with their VP8X flags cleared
 * and the RIFF size rewritten; nothing after the RIFF payload. The file is read twice: the RIFF size
 * of the copy comes first.
 */
final class WebpStripper implements MetadataStripper {

    /** WebP chunks kept: the image and animation data. */
    static final Set<String> KEPT = Set.of("VP8X", "VP8 ", "VP8L", "ALPH", "ANIM", "ANMF");

    /** VP8X flag bits of the chunks that are dropped: ICC profile, EXIF, XMP. */
    static final int VP8X_METADATA_FLAGS = 0x20 | 0x08 | 0x04;

    @Override
    public void strip(EvidenceSanitizer.Source source, OutputStream out) throws IOException {
        long kept;
        try (StripperInput in = new StripperInput(source.open())) {
            kept = chunks(in, null);
        }
        try (StripperInput in = new StripperInput(source.open())) {
            out.write(new byte[] {'R', 'I', 'F', 'F'});
            StripperInput.writeU32le(out, 4 + kept);
            out.write(new byte[] {'W', 'E', 'B', 'P'});
            chunks(in, out);
        }
    }

    /**
     * Walks the chunks: without output, returns how many bytes the kept chunks take; with output,
     * writes them (the RIFF header is written by the caller).
     */
    private static long chunks(StripperInput in, OutputStream out) throws IOException {
        byte[] riff = in.bytes(12);
        if (!startsWith(riff, "RIFF".getBytes(StandardCharsets.US_ASCII))
                || !new String(riff, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            throw new EvidenceSanitizer.MalformedException("WebP: no RIFF header");
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
                throw new EvidenceSanitizer.MalformedException("WebP: chunk " + name + " overruns the RIFF size");
            }
            if (!KEPT.contains(name)) {
                in.skip(padded);
                continue;
            }
            kept += 8 + padded;
            if (out == null) {
                in.skip(padded);
            } else {
                copy(in, out, name, header, size, padded);
            }
        }
        return kept;
    }

    private static void copy(StripperInput in, OutputStream out, String name, byte[] header, long size, long padded)
            throws IOException {
        if (!name.equals("VP8X")) {
            out.write(header);
            in.copy(padded, out);
            return;
        }
        if (size < 1 || size > 64) {
            throw new EvidenceSanitizer.MalformedException("WebP: VP8X of " + size + " bytes");
        }
        byte[] data = in.bytes((int) padded);
        data[0] &= (byte) ~VP8X_METADATA_FLAGS;
        out.write(header);
        out.write(data);
    }
}
