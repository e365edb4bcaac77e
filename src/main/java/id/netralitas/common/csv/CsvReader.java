package id.netralitas.common.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF,
 * an optional UTF-8 byte order mark. It holds one record at a time, so memory stays flat whatever
 * the input size. Input that is not valid UTF-8 is an error, never silently replaced.
 */
public final class CsvReader implements Closeable {

    /** Longest field accepted; a longer one is a format error rather than a memory risk. */
    public static final int MAX_FIELD_LENGTH = 65_536;
    public static final int MAX_FIELDS = 256;

    private final Reader in;
    private long lineNumber = 1;
    private long recordLine;
    private boolean eof;
    private boolean first = true;

    public CsvReader(Reader in) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in, 64 * 1024);
    }

    public static CsvReader utf8(InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new CsvReader(new InputStreamReader(in, decoder));
    }

    /** Physical line (1-based) on which the last returned record started. */
    public long recordLine() {
        return recordLine;
    }

    /**
     * The next record, or {@code null} at the end of the input. Blank lines are skipped.
     *
     * @throws CsvFormatException for an unterminated quote, a field or record over the limits,
     *                            or bytes that are not UTF-8
     */
    public List<String> next() throws IOException {
        while (!eof) {
            List<String> record = readRecord();
            if (record != null && !(record.size() == 1 && record.get(0).isEmpty())) {
                return record;
            }
        }
        return null;
    }

    private List<String> readRecord() throws IOException {
        recordLine = lineNumber;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        while (true) {
            int c = read();
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    c = read();
                }
            }
            if (c == -1) {
                eof = true;
                if (quoted) {
                    throw new CsvFormatException(recordLine, "unterminated quoted field");
                }
                if (fields.isEmpty() && !fieldStarted && field.length() == 0) {
                    return null;
                }
                fields.add(field.toString());
                return fields;
            }
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int nextChar = read();
                    if (nextChar == '"') {
                        append(field, '"');
                    } else {
                        quoted = false;
                        if (nextChar != -1) {
                            in.reset();
                        } else {
                            eof = true;
                            fields.add(field.toString());
                            return fields;
                        }
                    }
                } else {
                    if (c == '\n') {
                        lineNumber++;
                    }
                    append(field, (char) c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.length() > 0) {
                        throw new CsvFormatException(recordLine, "quote inside an unquoted field");
                    }
                    quoted = true;
                    fieldStarted = true;
                }
                case ',' -> {
                    addField(fields, field);
                    fieldStarted = true;
                }
                case '\r' -> {
                    in.mark(1);
                    if (read() != '\n') {
                        in.reset();
                    }
                    lineNumber++;
                    fields.add(field.toString());
                    return fields;
                }
                case '\n' -> {
                    lineNumber++;
                    fields.add(field.toString());
                    return fields;
                }
                default -> append(field, (char) c);
            }
        }
    }

    private int read() throws IOException {
        try {
            return in.read();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CsvFormatException(lineNumber, "input is not valid UTF-8");
        }
    }

    private void addField(List<String> fields, StringBuilder field) {
        if (fields.size() >= MAX_FIELDS) {
            throw new CsvFormatException(recordLine, "more than " + MAX_FIELDS + " fields");
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    private void append(StringBuilder field, char c) {
        if (field.length() >= MAX_FIELD_LENGTH) {
            throw new CsvFormatException(recordLine, "field longer than " + MAX_FIELD_LENGTH + " characters");
        }
        field.append(c);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
