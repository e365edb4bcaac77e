package id.netralitas.pact.api;

/** Formats and limits of the pakta integritas requests and answers. */
public final class PactFormats {

    public static final String NIP_PATTERN = "^[0-9]{18}$";
    public static final String SHA256_PATTERN = id.netralitas.common.text.Text.SHA256_HEX_PATTERN;
    public static final String CODE_PATTERN = "^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$";
    public static final int MAX_BATCH = 10_000;

    private PactFormats() {
    }
}
