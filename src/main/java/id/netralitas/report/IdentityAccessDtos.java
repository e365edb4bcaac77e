package id.netralitas.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies and responses of reporter identity custody ({@link IdentityAccessResource}). */
public final class IdentityAccessDtos {

    private IdentityAccessDtos() {
    }

    @Schema(name = "IdentityAccessRequestBody")
    public record AccessRequestBody(
            @Schema(required = true, minLength = 20, maxLength = 2000,
                    example = "Klarifikasi pelapor diperlukan untuk pemeriksaan lanjutan atas perintah Ketua Satgas.")
            @NotBlank @Size(min = 20, max = 2000) String reason) {
    }

    @Schema(name = "IdentityAccessDecision")
    public record DecisionBody(
            @Schema(required = true, description = "true approves, false rejects") @NotNull Boolean approve,
            @Schema(maxLength = 2000) @Size(max = 2000) String note) {
    }

    @Schema(name = "IdentityAccessRequest", description = "A request to see a case's reporter and its decision")
    public record AccessRequestResponse(
            @Schema(format = "uuid", maxLength = 36) String id,
            @Schema(format = "uuid", maxLength = 36) String reportId,
            @Schema(maxLength = 20) String caseNumber,
            @Schema(maxLength = 200) String requestedBy,
            @Schema(maxLength = 20) String requesterRole,
            @Schema(maxLength = 2000) String reason,
            IdentityAccessRequest.Status status,
            @Schema(maxLength = 200) String decidedBy,
            @Schema(maxLength = 2000) String decisionNote,
            @Schema(format = "date-time", maxLength = 35) Instant decidedAt,
            @Schema(format = "date-time", maxLength = 35) Instant validUntil,
            @Schema(format = "date-time", maxLength = 35) Instant createdAt) {

        public static AccessRequestResponse of(IdentityAccessRequest q) {
            return new AccessRequestResponse(q.publicId, q.report.publicId, q.report.caseNumber, q.requestedBy,
                    q.requesterRole, q.reason, q.status, q.decidedBy, q.decisionNote, q.decidedAt, q.validUntil, q.createdAt);
        }
    }

    @Schema(name = "IdentityDisclosure", description = "One time a reporter's identity was shown")
    public record DisclosureResponse(
            @Schema(maxLength = 200) String disclosedTo,
            @Schema(maxLength = 20) String recipientRole,
            IdentityDisclosure.Ground ground,
            @Schema(format = "uuid", maxLength = 36) String requestId,
            @Schema(maxLength = 60) String operation,
            @Schema(format = "date-time", maxLength = 35) Instant disclosedAt) {

        public static DisclosureResponse of(IdentityDisclosure d) {
            return new DisclosureResponse(d.disclosedTo, d.recipientRole, d.ground,
                    d.request == null ? null : d.request.publicId, d.operation, d.disclosedAt);
        }
    }
}
