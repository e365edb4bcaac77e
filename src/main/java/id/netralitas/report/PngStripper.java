package id.netralitas.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * PNG: the critical chunks and the ancillary chunks that affect rendering ({@link #KEPT}); never
 * tEXt, zTXt, iTXt, eXIf, tIME, iCCP or private chunks; nothing after IEND.
 */
final class PngStripper implements MetadataStripper.SinglePass {

    /** Ancillary PNG chunks kept: they change how the pixels are drawn and name nobody. */
    static final Set<String> KEPT = Set.of("tRNS", "gAMA", "cHRM", "sRGB", "sBIT", "bKGD", "pHYs", "hIST",
            "sPLT", "cICP", "mDCV", "cLLI", "acTL", "fcTL", "fdAT");

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @Override
    public void strip(StripperInput in, OutputStream out) throws IOException {
        if (!Arrays.equals(in.bytes(SIGNATURE.length), SIGNATURE)) {
            throw new EvidenceSanitizer.MalformedException("PNG: no signature");
        }
        out.write(SIGNATURE);
        while (true) {
            long length = in.u32be();
            byte[] type = in.bytes(4);
            if (length > Integer.MAX_VALUE || !isChunkType(type)) {
                throw new EvidenceSanitizer.MalformedException("PNG: bad chunk at byte " + (in.position() - 8));
            }
            String name = new String(type, StandardCharsets.US_ASCII);
            boolean critical = (type[0] & 0x20) == 0;
            if (critical || KEPT.contains(name)) {
                StripperInput.writeU32be(out, length);
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
}
