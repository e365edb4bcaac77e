package id.netralitas.testsupport;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Real evidence files for tests: pictures written by javax.imageio, then given by hand the metadata
 * phones and editors add (EXIF with a GPS position and author, XMP, IPTC, ICC, comments, text
 * chunks, trailers after the image), each carrying a marker string the tests look for.
 */
public final class EvidenceSamples {

    /** A 1x1 lossless WebP (RIFF, WEBP, one VP8L chunk). */
    public static final byte[] WEBP_1X1 = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    /** The GPS latitude 3° 58' 12.34" as three big-endian RATIONALs, as written in {@link #exif}. */
    public static final byte[] GPS_LATITUDE = ByteBuffer.allocate(24).putInt(3).putInt(1).putInt(58).putInt(1)
            .putInt(1234).putInt(100).array();

    private EvidenceSamples() {
    }

    /** A picture with gradients and shapes, so that compressed formats have real work to do. */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (x * 255) / Math.max(1, width - 1);
                int g = (y * 255) / Math.max(1, height - 1);
                int b = ((x / 8 + y / 8) % 2) * 200;
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    /** A plain JPEG as javax.imageio writes it (SOI, APP0 JFIF, tables, one or several scans, EOI). */
    public static byte[] jpeg(int width, int height, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(picture(width, height), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A JPEG as a phone shares it: JFIF with a thumbnail, EXIF (GPS position, author, camera,
     * software, time), XMP, an ICC profile, IPTC (Photoshop APP13) and a comment before the image,
     * a comment between the scans of a progressive image, and a motion-photo trailer after EOI.
     */
    public static byte[] jpegWithMetadata(String marker, boolean progressive) {
        byte[] base = jpeg(64, 48, progressive);
        int app0End = 4 + ((base[4] & 0xFF) << 8 | (base[5] & 0xFF));
        byte[] thumbnailRgb = ascii(marker + "-thumbnail");
        thumbnailRgb = java.util.Arrays.copyOf(thumbnailRgb, thumbnailRgb.length - thumbnailRgb.length % 3 + 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.writeBytes(segment(0xE0, concat(ascii("JFIF\0"), new byte[] {1, 2, 0, 0, 72, 0, 72,
                (byte) (thumbnailRgb.length / 3), 1}, thumbnailRgb)));
        out.writeBytes(segment(0xE1, concat(ascii("Exif\0\0"), exif(marker))));
        out.writeBytes(segment(0xE1, concat(ascii("http://ns.adobe.com/xap/1.0/\0"), xmp(marker))));
        out.writeBytes(segment(0xE2, concat(ascii("ICC_PROFILE\0"), new byte[] {1, 1}, ascii("desc " + marker))));
        out.writeBytes(segment(0xED, concat(ascii("Photoshop 3.0\08BIM"), new byte[] {4, 4, 0, 0, 0, 0, 0, 20, 0x1C, 2, 0x50,
                0, 16}, ascii(marker.substring(0, Math.min(16, marker.length()))))));
        out.writeBytes(segment(0xFE, ascii("comment " + marker)));
        byte[] rest = java.util.Arrays.copyOfRange(base, app0End, base.length);
        int secondScan = progressive ? secondSos(rest) : -1;
        if (secondScan > 0) {
            out.write(rest, 0, secondScan);
            out.writeBytes(segment(0xFE, ascii("between scans " + marker)));
            out.write(rest, secondScan, rest.length - secondScan);
        } else {
            out.writeBytes(rest);
        }
        out.writeBytes(ascii("MotionPhoto_Data " + marker));
        return out.toByteArray();
    }

    /** Where the second scan's SOS marker starts, walking the segments of a JPEG that starts at a marker. */
    private static int secondSos(byte[] jpeg) {
        int i = 0;
        int scans = 0;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xDA && ++scans == 2) {
                return i;
            }
            i += 2 + ((jpeg[i + 2] & 0xFF) << 8 | (jpeg[i + 3] & 0xFF));
            if (marker == 0xDA) { // entropy-coded data: up to an FF that is neither stuffing nor a restart
                while (i + 1 < jpeg.length && !((jpeg[i] & 0xFF) == 0xFF && jpeg[i + 1] != 0
                        && ((jpeg[i + 1] & 0xFF) < 0xD0 || (jpeg[i + 1] & 0xFF) > 0xD7))) {
                    i++;
                }
            }
        }
        return -1;
    }

    /**
     * A TIFF structure as EXIF carries it (big-endian): IFD0 with Make, Software, DateTime, Artist
     * (the marker) and a GPS IFD with latitude 3° 58' 12.34" S and longitude 122° 30' 36" E.
     */
    public static byte[] exif(String marker) {
        byte[] make = ascii("PhoneMaker\0");
        byte[] software = ascii("Camera " + marker + "\0");
        byte[] date = ascii("2024:10:12 09:15:00\0");
        byte[] artist = ascii(marker + "\0");
        ByteBuffer b = ByteBuffer.allocate(1024 + artist.length + software.length).order(ByteOrder.BIG_ENDIAN);
        b.put(ascii("MM")).putShort((short) 42).putInt(8);
        int ifd0 = 8;
        int data = ifd0 + 2 + 5 * 12 + 4;
        int makeAt = data;
        data += make.length;
        int softwareAt = data;
        data += software.length;
        int dateAt = data;
        data += date.length;
        int artistAt = data;
        data += artist.length;
        data += data % 2;
        int gps = data;
        data += 2 + 4 * 12 + 4;
        int latitudeAt = data;
        data += 24;
        int longitudeAt = data;
        data += 24;
        b.position(ifd0);
        b.putShort((short) 5);
        entry(b, 0x010F, 2, make.length, makeAt);
        entry(b, 0x0131, 2, software.length, softwareAt);
        entry(b, 0x0132, 2, date.length, dateAt);
        entry(b, 0x013B, 2, artist.length, artistAt);
        entry(b, 0x8825, 4, 1, gps);
        b.putInt(0);
        b.position(makeAt);
        b.put(make).put(software).put(date).put(artist);
        b.position(gps);
        b.putShort((short) 4);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'S', 0, 0, 0});
        entry(b, 2, 5, 3, latitudeAt);
        b.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        entry(b, 4, 5, 3, longitudeAt);
        b.putInt(0);
        b.position(latitudeAt);
        b.put(GPS_LATITUDE);
        b.putInt(122).putInt(1).putInt(30).putInt(1).putInt(3600).putInt(100);
        return java.util.Arrays.copyOf(b.array(), data);
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int offset) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    private static byte[] xmp(String marker) {
        return ascii("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\"" + marker + "\"/>"
                + "</rdf:RDF></x:xmpmeta>");
    }

    /** A PNG as javax.imageio writes it (IHDR, IDAT, IEND). */
    public static byte[] png(int width, int height) {
        return write(picture(width, height), "png");
    }

    /**
     * A PNG with tEXt (author), zTXt, iTXt (XMP), eXIf, tIME, iCCP and a private chunk after IHDR, a
     * pHYs chunk (which is kept), and data after IEND.
     */
    public static byte[] pngWithText(String marker) {
        byte[] base = png(40, 30);
        int ihdrEnd = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(base, 0, ihdrEnd);
        out.writeBytes(chunk("pHYs", new byte[] {0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1}));
        out.writeBytes(chunk("tEXt", ascii("Author\0" + marker)));
        out.writeBytes(chunk("zTXt", concat(ascii("Comment\0\0"), deflate(ascii("comment " + marker)))));
        out.writeBytes(chunk("iTXt", concat(ascii("XML:com.adobe.xmp\0\0\0\0\0"), xmp(marker))));
        out.writeBytes(chunk("eXIf", exif(marker)));
        out.writeBytes(chunk("tIME", new byte[] {0x07, (byte) 0xE8, 10, 12, 9, 15, 0}));
        out.writeBytes(chunk("iCCP", concat(ascii("Profile " + marker + "\0\0"), deflate(ascii("icc " + marker)))));
        out.writeBytes(chunk("prVt", ascii("private " + marker)));
        out.write(base, ihdrEnd, base.length - ihdrEnd);
        out.writeBytes(ascii("after IEND " + marker));
        return out.toByteArray();
    }

    /** A PNG chunk with its CRC. */
    public static byte[] chunk(String type, byte[] data) {
        byte[] name = ascii(type);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue())
                .array();
    }

    /** A GIF as javax.imageio writes it. */
    public static byte[] gif(int width, int height) {
        return write(picture(width, height), "gif");
    }

    /** A GIF with a comment, an XMP application extension, the NETSCAPE2.0 loop count, and data after the trailer. */
    public static byte[] gifWithComment(String marker) {
        byte[] base = gif(40, 30);
        int flags = base[10] & 0xFF;
        int headerEnd = 13 + ((flags & 0x80) != 0 ? 3 << ((flags & 0x07) + 1) : 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(base, 0, headerEnd);
        out.write(0x21);
        out.write(0xFE);
        out.writeBytes(subBlocks(ascii("comment " + marker)));
        out.write(0x21);
        out.write(0xFF);
        out.write(11);
        out.writeBytes(ascii("XMP DataXMP"));
        out.writeBytes(subBlocks(xmp(marker)));
        out.writeBytes(new byte[] {0x21, (byte) 0xFF, 11});
        out.writeBytes(ascii("NETSCAPE2.0"));
        out.writeBytes(new byte[] {3, 1, 0, 0, 0});
        out.write(base, headerEnd, base.length - headerEnd);
        out.writeBytes(ascii("after trailer " + marker));
        return out.toByteArray();
    }

    private static byte[] subBlocks(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < data.length; i += 255) {
            int n = Math.min(255, data.length - i);
            out.write(n);
            out.write(data, i, n);
        }
        out.write(0);
        return out.toByteArray();
    }

    /**
     * An extended WebP: VP8X announcing ICC, EXIF and XMP, an ICCP chunk, the 1x1 VP8L image, EXIF,
     * XMP, an unknown odd-sized chunk, and data after the RIFF payload.
     */
    public static byte[] webpWithMetadata(String marker) {
        byte[] vp8l = java.util.Arrays.copyOfRange(WEBP_1X1, 12, WEBP_1X1.length);
        byte[] chunks = concat(
                riffChunk("VP8X", new byte[] {0x2C, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
                riffChunk("ICCP", ascii("icc " + marker)),
                vp8l,
                riffChunk("EXIF", concat(ascii("Exif\0\0"), exif(marker))),
                riffChunk("XMP ", xmp(marker)),
                riffChunk("ZZZZ", ascii("odd " + marker + "!")));
        ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt(4 + chunks.length).put(ascii("WEBP"));
        return concat(header.array(), chunks, ascii("after RIFF " + marker));
    }

    /** A RIFF chunk, padded to an even size. */
    public static byte[] riffChunk(String fourcc, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + data.length + data.length % 2).order(ByteOrder.LITTLE_ENDIAN);
        return b.put(ascii(fourcc)).putInt(data.length).put(data).array();
    }

    /** A small PDF whose document information names its author. */
    public static byte[] pdf(String marker) {
        return ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "3 0 obj\n<< /Author (" + marker + ") /Producer (Scanner app) >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n");
    }

    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public static boolean contains(byte[] haystack, String needle) {
        return contains(haystack, ascii(needle));
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] segment(int marker, byte[] data) {
        int length = data.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, data);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int n = deflater.deflate(buffer);
        deflater.end();
        return java.util.Arrays.copyOf(buffer, n);
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
