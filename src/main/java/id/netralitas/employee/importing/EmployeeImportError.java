package id.netralitas.employee.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A field error of a rejected import row, kept as code and message arguments to be localised on reading. */
@Entity
@Table(name = "employee_import_error")
public class EmployeeImportError {

    /** Separates the message arguments in {@link #messageArgs}. */
    static final String ARG_SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "job_id", nullable = false)
    public Long jobId;

    @Column(name = "line_number", nullable = false)
    public long lineNumber;

    @Column(nullable = false, length = 100)
    public String field;

    @Column(nullable = false, length = 100)
    public String code;

    @Column(name = "message_key", nullable = false, length = 100)
    public String messageKey;

    @Column(name = "message_args", length = 1000)
    public String messageArgs;
}
