package id.netralitas.common.error;

import id.netralitas.common.i18n.Messages;
import java.util.Locale;

/**
 * One field-level error before localisation: the field path in the request ("nip", "items[2].name",
 * or a query parameter name), a stable machine code, and either a message key with its arguments
 * ({@code violation.<key>} in the message bundle) or an already localised message.
 */
public record FieldViolation(String field, String code, String messageKey, Object[] args, String message) {

    public static FieldViolation of(String field, String code, Object... args) {
        return new FieldViolation(field, code, code, args, null);
    }

    public static FieldViolation keyed(String field, String code, String messageKey, Object... args) {
        return new FieldViolation(field, code, messageKey, args, null);
    }

    public static FieldViolation localized(String field, String code, String message) {
        return new FieldViolation(field, code, null, new Object[0], message);
    }

    /** The message in the given language: the given text, or {@code violation.<key>} from the bundle. */
    public String localizedMessage(Locale locale) {
        return message != null ? message : Messages.get(locale, "violation." + messageKey, args);
    }
}
