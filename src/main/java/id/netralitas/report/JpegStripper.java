package id.netralitas.report;

import static id.netralitas.report.StripperInput.startsWith;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * JPEG: every segment but APP1..APP15 and COM; APP0 only as a plain JFIF header without its
 * thumbnail, APP14 only as the 12-byte Adobe colour-transform flags; nothing after EOI (where phones
 * append motion-photo videos and multi-picture data).
 */
final class JpegStripper implements MetadataStripper.SinglePass {

    private static final byte[] JFIF = {'J', 'F', 'I', 'F', 0};
    private static final byte[] ADOBE = {'A', 'd', 'o', 'b', 'e'};

    @Override
    public void strip(StripperInput in, OutputStream out) throws IOException {
        if (in.u8() != 0xFF || in.u8() != 0xD8) {
            throw new EvidenceSanitizer.MalformedException("JPEG: no SOI");
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
                throw new EvidenceSanitizer.MalformedException("JPEG: SOI inside the image");
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(0xFF); // TEM and RSTn stand alone
                out.write(marker);
                continue;
            }
            pending = segment(in, out, marker);
        }
    }

    /** Copies, rewrites or drops one segment; returns the marker that ends a scan, or -1. */
    private static int segment(StripperInput in, OutputStream out, int marker) throws IOException {
        int length = in.u16be();
        if (length < 2) {
            throw new EvidenceSanitizer.MalformedException("JPEG: segment length " + length);
        }
        int payload = length - 2;
        if (marker == 0xE0) {
            jfif(in.bytes(payload), out);
        } else if (marker == 0xEE) {
            byte[] data = in.bytes(payload);
            if (payload == 12 && startsWith(data, ADOBE)) {
                write(out, marker, data);
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
                return scan(in, out);
            }
        }
        return -1;
    }

    /** The next marker's code, after its 0xFF and any fill bytes. */
    private static int nextMarker(StripperInput in) throws IOException {
        if (in.u8() != 0xFF) {
            throw new EvidenceSanitizer.MalformedException("JPEG: expected a marker at byte " + (in.position() - 1));
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
    private static int scan(StripperInput in, OutputStream out) throws IOException {
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
        write(out, 0xE0, header);
    }

    private static void write(OutputStream out, int marker, byte[] data) throws IOException {
        int length = data.length + 2;
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length);
        out.write(data);
    }
}
