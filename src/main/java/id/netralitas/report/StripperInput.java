package id.netralitas.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A buffered reader of a file being stripped that counts its position and fails on a premature end,
 * with the byte helpers the format strippers share. Holds at most {@value EvidenceSanitizer#BUFFER} bytes.
 */
final class StripperInput implements AutoCloseable {

    private final InputStream in;
    private final byte[] buffer = new byte[EvidenceSanitizer.BUFFER];
    private int pos;
    private int limit;
    private long consumed;

    StripperInput(InputStream in) {
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

    private EvidenceSanitizer.MalformedException truncated() {
        return new EvidenceSanitizer.MalformedException("the file ends early, at byte " + position());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    static long u32le(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    static void writeU32le(OutputStream out, long value) throws IOException {
        out.write((int) value);
        out.write((int) (value >> 8));
        out.write((int) (value >> 16));
        out.write((int) (value >> 24));
    }

    static void writeU32be(OutputStream out, long value) throws IOException {
        out.write((int) (value >> 24));
        out.write((int) (value >> 16));
        out.write((int) (value >> 8));
        out.write((int) value);
    }
}
