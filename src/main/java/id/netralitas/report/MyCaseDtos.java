package id.netralitas.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the reported employee reads of a case against them, and what they send. */
public final class MyCaseDtos {

    private MyCaseDtos() {
    }

    /** What the reported employee may do now through {@code /me/cases}. */
    public enum MyCaseAction { RESPOND, OBJECT }

    /**
     * A case naming the caller, as they see it: what they are accused of and where the case stands, their
     * own follow-up, answers and the evidence they added. Never the reporter, the submitting channel's
     * principal, officers' notes or anyone else's evidence; the description only when the report is not
     * confidential.
     */
    public record MyCaseResponse(
            String id,
            String caseNumber,
            String electionCode,
            ReportStatus status,
            LocalDate incidentDate,
            String incidentRegionCode,
            String incidentPlace,
            String description,
            List<ReportResponse.ViolationTypeRef> violationTypes,
            MyTrack track,
            List<MyResponse> responses,
            List<EvidenceResponse> evidence,
            List<MyCaseAction> allowedActions) {
    }

    /** The caller's own follow-up after the recommendation or conclusion. */
    public record MyTrack(
            TrackStatus status,
            boolean proven,
            String recommendedSanction,
            String decreeNumber,
            LocalDate decreeDate,
            LocalDate decreeDeliveredOn,
            String sanctionCode,
            LocalDate effectiveDate,
            String appealKind,
            LocalDate objectionDue) {
    }

    /** One of the caller's answers. */
    public record MyResponse(
            String id,
            String text,
            Instant createdAt) {
    }

    /** The employee's objection to its sanction: why the decree is wrong. */
    public record ObjectionRequest(
            @NotBlank @Size(max = 10000) String reason) {
    }

    /** An answer to the case: the employee's clarification. */
    public record ResponseRequest(
            @NotBlank @Size(max = 10000) String text) {
    }
}
