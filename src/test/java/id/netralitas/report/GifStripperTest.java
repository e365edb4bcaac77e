package id.netralitas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.testsupport.EvidenceSamples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The GIF stripper alone, on a small in-memory picture carrying a comment. */
class GifStripperTest {

    private static final String MARKER = "PELAPOR-GIF-3XW9";

    @Test
    void aCommentExtensionIsDroppedAndTheTrailerEndsTheCopy() throws IOException {
        byte[] file = EvidenceSamples.gifWithComment(MARKER);
        assertTrue(EvidenceSamples.contains(file, MARKER), "the sample carries the marker");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GifStripper().strip(() -> new ByteArrayInputStream(file), out);
        byte[] stripped = out.toByteArray();

        assertFalse(EvidenceSamples.contains(stripped, MARKER));
        assertEquals(0x3B, stripped[stripped.length - 1] & 0xFF, "ends with the GIF trailer");
    }
}
