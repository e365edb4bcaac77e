package id.netralitas.employee.importing;

import id.netralitas.common.error.FieldViolation;
import id.netralitas.employee.EmployeeRules;
import java.util.List;

/** A data row after checking: either accepted as a normalised record or rejected with its faults. */
sealed interface CheckedRow {

    /** Line in the file (the header is line 1). */
    long line();

    record Accepted(long line, EmployeeRules.Valid valid) implements CheckedRow {

        String nip() {
            return valid.nip().value();
        }
    }

    record Rejected(long line, List<FieldViolation> violations) implements CheckedRow {
    }
}
