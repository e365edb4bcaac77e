package id.netralitas.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Bodies and responses of reporter identity custody ({@link IdentityAccessResource}). */
public final class IdentityAccessDtos {

    private IdentityAccessDtos() {
    }

    public record AccessRequestBody(
            @NotBlank @Size(min = 20, max = 2000) String reason) {
    }

    public record DecisionBody(
            @NotNull Boolean approve,
            @Size(max = 2000) String note) {
    }

    public record AccessRequestResponse(
            String id,
            String reportId,
            String caseNumber,
            String requestedBy,
            String requesterRole,
            String reason,
            IdentityAccessRequest.Status status,
            String decidedBy,
            String decisionNote,
            Instant decidedAt,
            Instant validUntil,
            Instant createdAt) {

        public static AccessRequestResponse of(IdentityAccessRequest q) {
            return new AccessRequestResponse(q.publicId, q.report.publicId, q.report.caseNumber, q.requestedBy,
                    q.requesterRole, q.reason, q.status, q.decidedBy, q.decisionNote, q.decidedAt, q.validUntil, q.createdAt);
        }
    }

    public record DisclosureResponse(
            String disclosedTo,
            String recipientRole,
            IdentityDisclosure.Ground ground,
            String requestId,
            String operation,
            Instant disclosedAt) {

        public static DisclosureResponse of(IdentityDisclosure d) {
            return new DisclosureResponse(d.disclosedTo, d.recipientRole, d.ground,
                    d.request == null ? null : d.request.publicId, d.operation, d.disclosedAt);
        }
    }
}
