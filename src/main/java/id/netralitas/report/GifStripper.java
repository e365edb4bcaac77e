package id.netralitas.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * GIF: images, graphic control and plain-text extensions, and the NETSCAPE2.0 loop count rewritten
 * in its canonical form; never comment or other application extensions (XMP); nothing after the
 * trailer.
 */
final class GifStripper implements MetadataStripper.SinglePass {

    private static final byte[] NETSCAPE = "NETSCAPE2.0".getBytes(StandardCharsets.US_ASCII);

    @Override
    public void strip(StripperInput in, OutputStream out) throws IOException {
        byte[] header = in.bytes(13); // signature, version, logical screen descriptor
        String signature = new String(header, 0, 6, StandardCharsets.US_ASCII);
        if (!signature.equals("GIF87a") && !signature.equals("GIF89a")) {
            throw new EvidenceSanitizer.MalformedException("GIF: no signature");
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
                default -> throw new EvidenceSanitizer.MalformedException("GIF: unknown block 0x"
                        + Integer.toHexString(block) + " at byte " + (in.position() - 1));
            }
        }
    }

    private static void copyColourTable(StripperInput in, OutputStream out, byte flags) throws IOException {
        if ((flags & 0x80) != 0) {
            in.copy(3L << ((flags & 0x07) + 1), out);
        }
    }

    private static void extension(StripperInput in, OutputStream out) throws IOException {
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
                loopCount(in, out);
                return;
            }
        }
        subBlocks(in, null); // comments, XMP and other application data
    }

    /** The NETSCAPE2.0 extension: the loop count alone, in its canonical form, or nothing. */
    private static void loopCount(StripperInput in, OutputStream out) throws IOException {
        int dataSize = in.u8();
        byte[] data = in.bytes(dataSize);
        if (dataSize != 0) {
            subBlocks(in, null);
        }
        if (dataSize == 3 && data[0] == 1) {
            out.write(0x21);
            out.write(0xFF);
            out.write(NETSCAPE.length);
            out.write(NETSCAPE);
            out.write(3);
            out.write(data);
            out.write(0);
        }
    }

    /** Copies (or, with no output, skips) data sub-blocks up to and including the terminator. */
    private static void subBlocks(StripperInput in, OutputStream out) throws IOException {
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
}
