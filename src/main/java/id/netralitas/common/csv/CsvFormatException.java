package id.netralitas.common.csv;

/** The input is not readable CSV at the given line; reading cannot continue past it. */
public class CsvFormatException extends RuntimeException {

    private final long line;

    public CsvFormatException(long line, String message) {
        super("CSV line " + line + ": " + message);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
