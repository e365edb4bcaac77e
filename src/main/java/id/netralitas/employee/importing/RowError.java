package id.netralitas.employee.importing;

import id.netralitas.common.i18n.Messages;
import java.util.Locale;

/** A rejected row's field error, its message localised on reading. */
public record RowError(
        long line,
        String field,
        String code,
        String message) {

    static RowError of(EmployeeImportError error, Locale locale) {
        Object[] args = error.messageArgs == null ? new Object[0]
                : error.messageArgs.split(EmployeeImportError.ARG_SEPARATOR, -1);
        return new RowError(error.lineNumber, error.field, error.code,
                Messages.get(locale, "violation." + error.messageKey, args));
    }
}
