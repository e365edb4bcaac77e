package id.netralitas.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsDoubledQuotesAndLineBreaks() throws IOException {
        CsvReader csv = new CsvReader(new StringReader(
                "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\n\nlast,\"\",end"));
        assertEquals(List.of("a", "b", "c"), csv.next());
        assertEquals(1, csv.recordLine());
        assertEquals(List.of("x, y", "say \"hi\"", "two\nlines"), csv.next());
        assertEquals(2, csv.recordLine());
        assertEquals(List.of("", "", ""), csv.next());
        assertEquals(4, csv.recordLine());
        assertEquals(List.of("last", "", "end"), csv.next());
        assertEquals(6, csv.recordLine(), "the blank line 5 is skipped but counted");
        assertNull(csv.next());
        assertNull(csv.next());
    }

    @Test
    void skipsAByteOrderMarkAndKeepsUnicode() throws IOException {
        byte[] bytes = "\uFEFFcode,name\n53.07.01.2001,Nusa\u2019 Kecil\n".getBytes(StandardCharsets.UTF_8);
        CsvReader csv = CsvReader.utf8(new ByteArrayInputStream(bytes));
        assertEquals(List.of("code", "name"), csv.next());
        assertEquals(List.of("53.07.01.2001", "Nusa\u2019 Kecil"), csv.next());
    }

    @Test
    void rejectsUnterminatedQuotesInvalidUtf8AndHugeFields() {
        assertEquals(1, assertThrows(CsvFormatException.class,
                () -> new CsvReader(new StringReader("\"open,field\n")).next()).line());
        byte[] latin1 = "nama\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvReader csv = CsvReader.utf8(new ByteArrayInputStream(latin1));
        assertThrows(CsvFormatException.class, () -> {
            csv.next();
            csv.next();
        });
        String huge = "x".repeat(CsvReader.MAX_FIELD_LENGTH + 1);
        assertThrows(CsvFormatException.class, () -> new CsvReader(new StringReader(huge)).next());
        assertThrows(CsvFormatException.class, () -> new CsvReader(new StringReader("ab\"c\n")).next());
    }
}
