package id.netralitas.common.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled. The plain
 * writer ends lines with LF and writes fields as given (for files this service reads back, such as
 * import test data); {@link #forExport} is the writer for downloads: CRLF line ends as RFC 4180 says,
 * and spreadsheet formulas neutralised (see {@link #neutralise}).
 */
public final class CsvWriter {

    private final Writer out;
    private final boolean neutraliseFormulas;
    private final String lineEnd;

    public CsvWriter(Writer out) {
        this(out, false, "\n");
    }

    private CsvWriter(Writer out, boolean neutraliseFormulas, String lineEnd) {
        this.out = out;
        this.neutraliseFormulas = neutraliseFormulas;
        this.lineEnd = lineEnd;
    }

    /** The writer for exports people open in spreadsheets: CRLF, formulas neutralised. */
    public static CsvWriter forExport(Writer out) {
        return new CsvWriter(out, true, "\r\n");
    }

    /**
     * A field a spreadsheet would read as a formula (it starts with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return) gets a leading apostrophe, so that it shows as text
     * (OWASP "CSV injection"). Every such field is changed, numbers included: exports carry no
     * negative numbers, and a uniform rule is easier to undo for a reader who needs the raw value.
     */
    public static String neutralise(String field) {
        if (field == null || field.isEmpty()) {
            return field;
        }
        char first = field.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + field : field;
    }

    public void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String field = neutraliseFormulas ? neutralise(fields.get(i)) : fields.get(i);
            if (field == null) {
                continue;
            }
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                out.write('"');
                out.write(field.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(field);
            }
        }
        out.write(lineEnd);
    }

    public void flush() throws IOException {
        out.flush();
    }
}
