package id.netralitas.employee.importing;

import id.netralitas.common.persistence.GeneratedIdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A field error of a rejected import row, kept as code and message arguments to be localised on reading. */
@Entity
@Table(name = "employee_import_error")
public class EmployeeImportError extends GeneratedIdEntity {

    /** Separates the message arguments in {@link #messageArgs}. */
    static final String ARG_SEPARATOR = "\u001F";

    public Long jobId;

    public long lineNumber;

    public String field;

    public String code;

    public String messageKey;

    public String messageArgs;
}
