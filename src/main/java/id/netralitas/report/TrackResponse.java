package id.netralitas.report;

import java.time.LocalDate;
import java.util.List;

public record TrackResponse(
        String reportId,
        String caseNumber,
        String nip,
        String name,
        String agencyCode,
        TrackStatus status,
        boolean proven,
        String recommendedSanction,
        LocalDate recommendedAt,
        LocalDate deadlineDue,
        boolean overdue,
        EscalationLevel escalationLevel,
        String decreeNumber,
        LocalDate decreeDate,
        String sanctionCode,
        Integer durationMonths,
        LocalDate effectiveDate,
        LocalDate sanctionEndsOn,
        Boolean sanctionedWithinDeadline,
        String appealKind,
        String decreeDeliveryNumber,
        LocalDate decreeDeliveredOn,
        String bknCopyNumber,
        LocalDate bknCopyOn,
        long version,
        List<TrackAction> allowedActions) {
}
