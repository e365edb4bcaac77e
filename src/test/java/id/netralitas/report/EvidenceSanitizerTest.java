package id.netralitas.report;

import static id.netralitas.testsupport.EvidenceSamples.ascii;
import static id.netralitas.testsupport.EvidenceSamples.contains;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.testsupport.EvidenceSamples;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceSanitizerTest {

    private static final String MARKER = "PELAPOR-RAHASIA-7KQ2";

    static byte[] strip(String type, byte[] file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvidenceSanitizer.strip(type, () -> new ByteArrayInputStream(file), out);
        return out.toByteArray();
    }

    /** The same file handed over one byte per read: every field then crosses a buffer boundary. */
    static byte[] stripTrickling(String type, byte[] file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvidenceSanitizer.strip(type, () -> new FilterInputStream(new ByteArrayInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        }, out);
        return out.toByteArray();
    }

    static BufferedImage decode(byte[] file) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
        assertNotNull(image, "the stripped file no longer decodes");
        return image;
    }

    static void assertSamePixels(byte[] expected, byte[] actual) throws IOException {
        BufferedImage a = decode(expected);
        BufferedImage b = decode(actual);
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        assertArrayEquals(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()));
    }

    static void assertNoMetadata(byte[] stripped) {
        assertFalse(contains(stripped, MARKER), "the marker is still in the file");
        assertFalse(contains(stripped, EvidenceSamples.GPS_LATITUDE), "the GPS latitude is still in the file");
        assertFalse(contains(stripped, "Exif"), "an EXIF block is still in the file");
        assertFalse(contains(stripped, "xmpmeta"), "an XMP packet is still in the file");
    }

    /** The markers of a JPEG's segments, in order (entropy-coded data skipped). */
    static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int i = 2;
        markers.add(0xD8);
        while (i + 1 < jpeg.length) {
            assertEquals(0xFF, jpeg[i] & 0xFF, "a marker at " + i);
            int marker = jpeg[i + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xD9) {
                assertEquals(jpeg.length, i + 2, "nothing follows EOI");
                return markers;
            }
            i += 2 + ((jpeg[i + 2] & 0xFF) << 8 | (jpeg[i + 3] & 0xFF));
            if (marker == 0xDA) {
                while (!((jpeg[i] & 0xFF) == 0xFF && jpeg[i + 1] != 0 && ((jpeg[i + 1] & 0xFF) < 0xD0
                        || (jpeg[i + 1] & 0xFF) > 0xD7))) {
                    i++;
                }
            }
        }
        throw new AssertionError("no EOI");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aJpegLosesExifGpsXmpIccIptcCommentsThumbnailAndTrailerAndStillDecodesToTheSamePixels(boolean progressive)
            throws IOException {
        byte[] original = EvidenceSamples.jpegWithMetadata(MARKER, progressive);
        assertTrue(contains(original, MARKER) && contains(original, EvidenceSamples.GPS_LATITUDE));

        byte[] stripped = strip("image/jpeg", original);

        assertNoMetadata(stripped);
        assertFalse(contains(stripped, "MotionPhoto"));
        assertFalse(contains(stripped, "ICC_PROFILE"));
        assertFalse(contains(stripped, "Photoshop"));
        List<Integer> markers = jpegMarkers(stripped);
        assertTrue(markers.stream().noneMatch(m -> (m >= 0xE1 && m <= 0xEF) || m == 0xFE), "APPn or COM left: " + markers);
        assertEquals(0xE0, markers.get(1), "the JFIF header stays first");
        assertEquals(16, (stripped[4] & 0xFF) << 8 | (stripped[5] & 0xFF), "JFIF without its thumbnail");
        assertEquals(progressive ? 1 : 0, markers.contains(0xC2) ? 1 : 0);
        assertSamePixels(EvidenceSamples.jpeg(64, 48, progressive), stripped);
        assertArrayEquals(stripped, stripTrickling("image/jpeg", original));
        assertArrayEquals(stripped, strip("image/jpeg", stripped), "stripping twice changes nothing");
    }

    @Test
    void aPlainJpegIsCopiedUnchanged() throws IOException {
        byte[] plain = EvidenceSamples.jpeg(33, 17, false);
        assertArrayEquals(plain, strip("image/jpeg", plain));
    }

    @Test
    void anAdobeSegmentIsKeptForItsColourTransformButNotWithMoreData() throws IOException {
        byte[] plain = EvidenceSamples.jpeg(16, 16, false);
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 1};
        byte[] adobeLong = EvidenceSamples.concat(new byte[] {(byte) 0xFF, (byte) 0xEE, 0, (byte) (7 + MARKER.length())},
                ascii("Adobe"), ascii(MARKER));
        byte[] file = EvidenceSamples.concat(Arrays.copyOf(plain, 20), adobe, adobeLong,
                Arrays.copyOfRange(plain, 20, plain.length));
        byte[] stripped = strip("image/jpeg", file);
        assertTrue(contains(stripped, adobe));
        assertFalse(contains(stripped, MARKER));
        assertEquals(plain.length + adobe.length, stripped.length);
    }

    @Test
    void aPngLosesItsTextExifTimeProfileAndPrivateChunksAndStillDecodesToTheSamePixels() throws IOException {
        byte[] original = EvidenceSamples.pngWithText(MARKER);
        assertTrue(contains(original, MARKER));

        byte[] stripped = strip("image/png", original);

        assertNoMetadata(stripped);
        List<String> chunks = pngChunks(stripped);
        assertEquals("IHDR", chunks.get(0));
        assertEquals("pHYs", chunks.get(1), "rendering chunks stay");
        assertEquals("IEND", chunks.get(chunks.size() - 1));
        assertTrue(chunks.stream().allMatch(c -> c.equals("IHDR") || c.equals("pHYs") || c.equals("IDAT") || c.equals("IEND")),
                "chunks left: " + chunks);
        assertSamePixels(EvidenceSamples.png(40, 30), stripped);
        assertArrayEquals(stripped, stripTrickling("image/png", original));
    }

    /** The chunk types of a PNG, checking that the file ends with IEND. */
    static List<String> pngChunks(byte[] png) {
        List<String> chunks = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        while (b.hasRemaining()) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            chunks.add(new String(type, StandardCharsets.US_ASCII));
            b.position(b.position() + length + 4);
        }
        return chunks;
    }

    @Test
    void aGifLosesCommentsAndApplicationDataButKeepsItsLoopCountAndPixels() throws IOException {
        byte[] original = EvidenceSamples.gifWithComment(MARKER);
        assertTrue(contains(original, MARKER));

        byte[] stripped = strip("image/gif", original);

        assertNoMetadata(stripped);
        assertFalse(contains(stripped, "XMP Data"));
        assertTrue(contains(stripped, EvidenceSamples.concat(new byte[] {0x21, (byte) 0xFF, 11}, ascii("NETSCAPE2.0"),
                new byte[] {3, 1, 0, 0, 0})));
        assertEquals(0x3B, stripped[stripped.length - 1] & 0xFF, "nothing after the trailer");
        assertSamePixels(EvidenceSamples.gif(40, 30), stripped);
        assertArrayEquals(stripped, stripTrickling("image/gif", original));
    }

    @Test
    void aWebpLosesExifXmpIccAndUnknownChunksWithItsFlagsAndRiffSizeRewritten() throws IOException {
        byte[] original = EvidenceSamples.webpWithMetadata(MARKER);
        assertTrue(contains(original, MARKER));

        byte[] stripped = strip("image/webp", original);

        assertNoMetadata(stripped);
        ByteBuffer b = ByteBuffer.wrap(stripped).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", new String(stripped, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(stripped.length - 8, b.getInt(4), "the RIFF size matches the stripped file");
        assertEquals("WEBP", new String(stripped, 8, 4, StandardCharsets.US_ASCII));
        List<String> chunks = new ArrayList<>();
        int i = 12;
        while (i < stripped.length) {
            chunks.add(new String(stripped, i, 4, StandardCharsets.US_ASCII));
            int size = b.getInt(i + 4);
            i += 8 + size + size % 2;
        }
        assertEquals(List.of("VP8X", "VP8L"), chunks);
        assertEquals(0, stripped[20] & WebpStripper.VP8X_METADATA_FLAGS, "ICC, EXIF and XMP flags cleared");
        byte[] vp8l = Arrays.copyOfRange(EvidenceSamples.WEBP_1X1, 12, EvidenceSamples.WEBP_1X1.length);
        assertArrayEquals(vp8l, Arrays.copyOfRange(stripped, stripped.length - vp8l.length, stripped.length),
                "the image data is untouched");
        assertArrayEquals(stripped, stripTrickling("image/webp", original));
        assertArrayEquals(EvidenceSamples.WEBP_1X1, strip("image/webp", EvidenceSamples.WEBP_1X1), "a simple WebP is kept");
    }

    @Test
    void documentsHeicAndVideosAreNotStripped() {
        for (String type : List.of("application/pdf", "image/heic", "video/mp4", "video/quicktime", "video/webm",
                "video/3gpp")) {
            assertFalse(EvidenceSanitizer.supports(type), type);
            assertThrows(IllegalArgumentException.class, () -> strip(type, EvidenceSamples.pdf(MARKER)));
        }
        assertTrue(List.of("image/jpeg", "image/png", "image/gif", "image/webp").stream()
                .allMatch(EvidenceSanitizer::supports));
    }

    @Test
    void aFileThatDoesNotFollowItsFormatIsRefused() {
        byte[] noise = ReportEvidenceTest.jpeg(7, 4096);
        assertThrows(EvidenceSanitizer.MalformedException.class, () -> strip("image/jpeg", noise));
        byte[] png = EvidenceSamples.png(20, 20);
        assertThrows(EvidenceSanitizer.MalformedException.class,
                () -> strip("image/png", Arrays.copyOf(png, png.length - 20)));
        byte[] gif = EvidenceSamples.gif(20, 20);
        assertThrows(EvidenceSanitizer.MalformedException.class,
                () -> strip("image/gif", Arrays.copyOf(gif, gif.length - 1)));
        byte[] webp = EvidenceSamples.webpWithMetadata(MARKER);
        assertThrows(EvidenceSanitizer.MalformedException.class,
                () -> strip("image/webp", Arrays.copyOf(webp, 40)));
        assertThrows(EvidenceSanitizer.MalformedException.class, () -> strip("image/png", EvidenceSamples.pdf(MARKER)));
    }

    @Test
    void aLargeFileStreamsThroughTheBufferWithoutBeingHeldWhole() throws IOException {
        // a JPEG whose scan is several buffers long, read from a source that counts what is held at once
        byte[] jpeg = EvidenceSamples.jpegWithMetadata(MARKER, false);
        int sos = -1;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA) {
                sos = i;
                break;
            }
        }
        int scanStart = sos + 2 + ((jpeg[sos + 2] & 0xFF) << 8 | (jpeg[sos + 3] & 0xFF));
        int size = 8 * EvidenceSanitizer.BUFFER;
        byte[] scan = new byte[size];
        new java.util.Random(3).nextBytes(scan);
        for (int i = 0; i < size - 1; i++) {
            if ((scan[i] & 0xFF) == 0xFF) {
                scan[i + 1] = (byte) (i % 3 == 0 ? 0x00 : 0xD0 + i % 8); // stuffing and restart markers only
            }
        }
        if ((scan[size - 1] & 0xFF) == 0xFF) {
            scan[size - 1] = 0;
        }
        byte[] big = EvidenceSamples.concat(Arrays.copyOf(jpeg, scanStart), scan, new byte[] {(byte) 0xFF, (byte) 0xD9});
        int[] largestRead = {0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvidenceSanitizer.strip("image/jpeg", () -> new FilterInputStream(new ByteArrayInputStream(big)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                largestRead[0] = Math.max(largestRead[0], len);
                return super.read(b, off, len);
            }

            @Override
            public int read() {
                throw new AssertionError("read byte by byte");
            }
        }, out);
        byte[] stripped = out.toByteArray();
        assertTrue(largestRead[0] <= EvidenceSanitizer.BUFFER);
        assertFalse(contains(stripped, MARKER));
        assertTrue(contains(stripped, scan), "the scan is copied whole");
    }

    @Test
    void anInputStreamIsClosedAfterStripping() throws IOException {
        boolean[] closed = {false};
        byte[] png = EvidenceSamples.png(8, 8);
        EvidenceSanitizer.strip("image/png", () -> new FilterInputStream(new ByteArrayInputStream(png)) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        }, java.io.OutputStream.nullOutputStream());
        assertTrue(closed[0]);
    }

}
