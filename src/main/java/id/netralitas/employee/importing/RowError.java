package id.netralitas.employee.importing;

import id.netralitas.common.i18n.Messages;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rejected row's field error, its message localised on reading. */
@Schema(name = "EmployeeImportRowError", description = "A field at fault in a rejected row")
public record RowError(
        @Schema(description = "Line in the file (the header is line 1)", format = "int64", minimum = "2",
                maximum = "9007199254740991", example = "101") long line,
        @Schema(description = "CSV column, or `row` for the row as a whole", maxLength = 100, example = "nip") String field,
        @Schema(maxLength = 100, pattern = "^[A-Z0-9_]+$", example = "NIP_INVALID") String code,
        @Schema(maxLength = 2000, example = "digits 1-8 (19970230) are not a real birth date") String message) {

    static RowError of(EmployeeImportError error, Locale locale) {
        Object[] args = error.messageArgs == null ? new Object[0]
                : error.messageArgs.split(EmployeeImportError.ARG_SEPARATOR, -1);
        return new RowError(error.lineNumber, error.field, error.code,
                Messages.get(locale, "violation." + error.messageKey, args));
    }
}
