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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the workflow's transition endpoints. */
public final class TransitionRequests {

    private TransitionRequests() {
    }

    @Schema(name = "CaseTransitionRequest", description = "A case action and what it needs. "
            + "REGISTER needs `registrationNumber`; FORWARD needs `forwardLetterNumber` (and `gakkumdu` for the "
            + "parallel criminal track); RECOMMEND needs `recommendation` with an entry for every reported employee "
            + "(each linked to a NIP first: LINK_EMPLOYEE with `employeeLink`); MARK_DUPLICATE needs `duplicateOf` "
            + "(an id or case number); REJECT_REQUIREMENTS, EXTEND_DECISION, DECLARE_NO_VIOLATION, STOP, "
            + "DECLARE_NOT_PROVEN, REJECT, CANCEL and REOPEN need a `note` (the reason). START_CLARIFICATION, "
            + "START_STUDY and START_VERIFICATION need nothing. `legalBasis` and `documentNumber` go into the history.")
    public record CaseTransition(
            @NotNull CaseAction action,
            @Schema(maxLength = 5000) @Size(max = 5000) String note,
            @Schema(description = "Legal basis cited, e.g. \"Perbawaslu 7/2022 Pasal 15\"", maxLength = 500)
            @Size(max = 500) String legalBasis,
            @Schema(maxLength = 100) @Size(max = 100) String documentNumber,
            @Schema(maxLength = 100, example = "001/Reg/LP/PL/Prov/28.00/XII/2023") @Size(max = 100) String registrationNumber,
            @Schema(maxLength = 100, example = "0123/PP.00.01/K.SG/01/2024") @Size(max = 100) String forwardLetterNumber,
            @Schema(description = "FORWARD: also forwarded to Sentra Gakkumdu") Boolean gakkumdu,
            @Schema(description = "MARK_DUPLICATE: the report this one duplicates (id or case number)", maxLength = 36)
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

    @Schema(name = "EmployeeLink", description = "Links a reported person named without NIP to the register")
    public record EmployeeLink(
            @Schema(required = true, format = "int32", minimum = "1", maximum = "50") @NotNull @Min(1) @Max(50) Integer position,
            @Schema(required = true, maxLength = 18, pattern = "^[0-9]{18}$") @NotBlank @Size(max = 18) String nip) {
    }

    @Schema(name = "Recommendation", description = "The supervising authority's recommendation to the PPKs")
    public record Recommendation(
            @Schema(required = true, maxLength = 100, example = "B-1234/R/BKN/2024") @NotBlank @Size(max = 100) String letterNumber,
            @Schema(required = true, format = "date", maxLength = 10, example = "2024-04-05") @NotNull LocalDate letterDate,
            @Schema(required = true, maxItems = 50) @NotEmpty @Size(max = 50) List<@NotNull @Valid EmployeeOutcome> employees) {
    }

    @Schema(name = "RecommendationEmployee", description = "The finding on one reported employee; a proven one needs a "
            + "`sanctionCode` allowed for the case's violation types on the incident date")
    public record EmployeeOutcome(
            @Schema(required = true, maxLength = 18, pattern = "^[0-9]{18}$") @NotBlank @Size(max = 18) String nip,
            @Schema(required = true) @NotNull Boolean proven,
            @Schema(maxLength = 60, example = "TURUN_JABATAN_12") @Size(max = 60) String sanctionCode) {
    }

    @Schema(name = "TrackTransitionRequest", description = "An action on one reported employee's follow-up. "
            + "IMPOSE_SANCTION (the employee's PPK) needs `decree`; EMPLOYEE_LEFT, FILE_OBJECTION and FILE_APPEAL need a "
            + "`note`; PERINGATAN, TEGURAN and BLOKIR_DATA (verifier, in that order, only once the follow-up is overdue) "
            + "need `documentNumber`; UPHOLD and ANNUL need `documentNumber`; AMEND needs `documentNumber` and "
            + "`sanctionCode`.")
    public record TrackTransition(
            @NotNull TrackAction action,
            @Schema(maxLength = 5000) @Size(max = 5000) String note,
            @Schema(maxLength = 500) @Size(max = 500) String legalBasis,
            @Schema(maxLength = 100) @Size(max = 100) String documentNumber,
            @Schema(maxLength = 60) @Size(max = 60) String sanctionCode,
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

    @Schema(name = "SanctionDecree", description = "The PPK's decree (SK hukuman disiplin or sanksi moral)")
    public record Decree(
            @Schema(required = true, maxLength = 100, example = "800/123/BKPSDM/2024") @NotBlank @Size(max = 100) String number,
            @Schema(required = true, format = "date", maxLength = 10) @NotNull LocalDate date,
            @Schema(required = true, maxLength = 60, example = "TURUN_JABATAN_12") @NotBlank @Size(max = 60) String sanctionCode,
            @Schema(format = "int32", minimum = "1", maximum = "120") @Min(1) @Max(120) Integer durationMonths,
            @Schema(format = "date", maxLength = 10) LocalDate effectiveDate) {
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
