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
import java.util.function.Function;

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
            @Valid Recommendation recommendation,
            LocalDate occurredOn) {

        /** 400 {@code VALIDATION_FAILED} naming every field the action's row requires that this request lacks. */
        void requireFields(Set<ReportWorkflow.Field> required) {
            TransitionRequests.requireFields(action, required, field -> switch (field) {
                case NOTE -> note;
                case REGISTRATION_NUMBER -> registrationNumber;
                case FORWARD_LETTER_NUMBER -> forwardLetterNumber;
                case DUPLICATE_OF -> duplicateOf;
                case RECOMMENDATION -> recommendation;
                case EMPLOYEE_LINK -> employeeLink;
                case DOCUMENT_NUMBER -> documentNumber;
                default -> null;
            });
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
            @Valid Decree decree,
            LocalDate occurredOn) {

        /** 400 {@code VALIDATION_FAILED} naming every field the action's row requires that this request lacks. */
        void requireFields(Set<ReportWorkflow.Field> required) {
            TransitionRequests.requireFields(action, required, field -> switch (field) {
                case NOTE -> note;
                case DOCUMENT_NUMBER -> documentNumber;
                case SANCTION_CODE -> sanctionCode;
                case DECREE -> decree;
                default -> null;
            });
        }
    }

    public record Decree(
            @NotBlank @Size(max = 100) String number,
            @NotNull LocalDate date,
            @NotBlank @Size(max = 60) String sanctionCode,
            @Min(1) @Max(120) Integer durationMonths,
            LocalDate effectiveDate) {
    }

    /**
     * 400 {@code VALIDATION_FAILED} with a {@code REQUIRED_FOR_ACTION} violation, naming the action, for every
     * required field whose value is missing or blank; {@code values} gives a request's value of a field.
     */
    private static void requireFields(Enum<?> action, Set<ReportWorkflow.Field> required,
            Function<ReportWorkflow.Field, Object> values) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ReportWorkflow.Field field : required) {
            Object value = values.apply(field);
            if (value == null || value instanceof String text && text.isBlank()) {
                violations.add(FieldViolation.of(field.property, "REQUIRED_FOR_ACTION", action));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.badRequest("VALIDATION_FAILED").violations(violations);
        }
    }
}
