package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Bodies of the workflow's transition endpoints. */
public final class TransitionRequests {

    private TransitionRequests() {
    }

    public record CaseTransition(
            @NotNull CaseAction action,
            @Size(max = 5000) String note,
            @Size(max = 500) String legalBasis,
            @Size(max = 100) String documentNumber,
            @Size(max = 100) String registrationNumber,
            @Size(max = 100) String forwardLetterNumber,
            Boolean gakkumdu,
            @Size(max = 36) String duplicateOf,
            @Valid EmployeeLink employeeLink,
            @Valid Recommendation recommendation) {

        /** 400 {@code VALIDATION_FAILED} naming every field the action's row requires that this request lacks. */
        void requireFields(Set<ReportWorkflow.Field> required) {
            Missing missing = new Missing(action);
            for (ReportWorkflow.Field field : required) {
                switch (field) {
                    case NOTE -> missing.text(note, "note");
                    case REGISTRATION_NUMBER -> missing.text(registrationNumber, "registrationNumber");
                    case FORWARD_LETTER_NUMBER -> missing.text(forwardLetterNumber, "forwardLetterNumber");
                    case DUPLICATE_OF -> missing.text(duplicateOf, "duplicateOf");
                    case RECOMMENDATION -> missing.value(recommendation, "recommendation");
                    case EMPLOYEE_LINK -> missing.value(employeeLink, "employeeLink");
                    default -> {
                    }
                }
            }
            missing.throwIfAny();
        }
    }

    public record EmployeeLink(
            @NotNull @Min(1) @Max(50) Integer position,
            @NotBlank @Size(max = 18) String nip) {
    }

    public record Recommendation(
            @NotBlank @Size(max = 100) String letterNumber,
            @NotNull LocalDate letterDate,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid EmployeeOutcome> employees) {
    }

    public record EmployeeOutcome(
            @NotBlank @Size(max = 18) String nip,
            @NotNull Boolean proven,
            @Size(max = 60) String sanctionCode) {
    }

    public record TrackTransition(
            @NotNull TrackAction action,
            @Size(max = 5000) String note,
            @Size(max = 500) String legalBasis,
            @Size(max = 100) String documentNumber,
            @Size(max = 60) String sanctionCode,
            @Valid Decree decree) {

        /** 400 {@code VALIDATION_FAILED} naming every field the action's row requires that this request lacks. */
        void requireFields(Set<ReportWorkflow.Field> required) {
            Missing missing = new Missing(action);
            for (ReportWorkflow.Field field : required) {
                switch (field) {
                    case NOTE -> missing.text(note, "note");
                    case DOCUMENT_NUMBER -> missing.text(documentNumber, "documentNumber");
                    case SANCTION_CODE -> missing.text(sanctionCode, "sanctionCode");
                    case DECREE -> missing.value(decree, "decree");
                    default -> {
                    }
                }
            }
            missing.throwIfAny();
        }
    }

    public record Decree(
            @NotBlank @Size(max = 100) String number,
            @NotNull LocalDate date,
            @NotBlank @Size(max = 60) String sanctionCode,
            @Min(1) @Max(120) Integer durationMonths,
            LocalDate effectiveDate) {
    }

    /** Collects the required fields a request lacks, each as {@code REQUIRED_FOR_ACTION} naming the action. */
    private static final class Missing {
        private final Enum<?> action;
        private final List<FieldViolation> violations = new ArrayList<>();

        Missing(Enum<?> action) {
            this.action = action;
        }

        void text(String value, String field) {
            value(value == null || value.isBlank() ? null : value, field);
        }

        void value(Object value, String field) {
            if (value == null) {
                violations.add(FieldViolation.of(field, "REQUIRED_FOR_ACTION", action));
            }
        }

        void throwIfAny() {
            if (!violations.isEmpty()) {
                throw ApiException.badRequest("VALIDATION_FAILED").violations(violations);
            }
        }
    }
}
