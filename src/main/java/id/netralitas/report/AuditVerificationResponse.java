package id.netralitas.report;


public record AuditVerificationResponse(
        boolean valid,
        long eventsChecked,
        Long firstBrokenSeq,
        String firstBrokenCaseNumber,
        String reason) {
}
