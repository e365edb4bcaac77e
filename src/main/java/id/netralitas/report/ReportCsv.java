package id.netralitas.report;

import id.netralitas.common.csv.CsvColumns;

/** The CSV form of reports ({@code listReports} with {@code Accept: text/csv}). */
final class ReportCsv {

    static final String HEADER = "id,caseNumber,origin,channel,electionCode,status,receivedAt,incidentDate,knownDate,"
            + "incidentRegionCode,incidentPlace,violationTypes,reportedNips,reportedNames,reportedAgencies,anonymous,"
            + "confidential,reporterName,reporterNik,reporterPhone,reporterEmail,reporterAddress,source,externalId,"
            + "lateReport,registrationNumber,deadlineKind,deadlineDue,overdue,recommendationNumber,recommendationDate,"
            + "description,updatedAt";

    /**
     * The CSV columns: the JSON view flattened (lists joined with "; "); the reporter columns are filled
     * exactly when the JSON view shows {@code reporter} to the same caller.
     */
    static final CsvColumns<ReportResponse> COLUMNS = CsvColumns.of(ReportResponse.class)
            .add("id", ReportResponse::id).add("caseNumber", ReportResponse::caseNumber)
            .add("origin", ReportResponse::origin).add("channel", ReportResponse::channel)
            .add("electionCode", ReportResponse::electionCode).add("status", ReportResponse::status)
            .add("receivedAt", ReportResponse::receivedAt).add("incidentDate", ReportResponse::incidentDate)
            .add("knownDate", ReportResponse::knownDate).add("incidentRegionCode", ReportResponse::incidentRegionCode)
            .add("incidentPlace", ReportResponse::incidentPlace)
            .add("violationTypes", r -> r.violationTypes().stream().map(ReportResponse.ViolationTypeRef::code).toList())
            .add("reportedNips", r -> r.reportedEmployees().stream().map(e -> e.nip() == null ? "" : e.nip()).toList())
            .add("reportedNames", r -> r.reportedEmployees().stream().map(ReportResponse.ReportedEmployeeResponse::name)
                    .toList())
            .add("reportedAgencies", r -> r.reportedEmployees().stream()
                    .map(e -> e.agencyCode() != null ? e.agencyCode() : e.agencyText() == null ? "" : e.agencyText()).toList())
            .add("anonymous", ReportResponse::anonymous).add("confidential", ReportResponse::confidential)
            .add("reporterName", r -> r.reporter() == null ? null : r.reporter().name())
            .add("reporterNik", r -> r.reporter() == null ? null : r.reporter().nik())
            .add("reporterPhone", r -> r.reporter() == null ? null : r.reporter().phone())
            .add("reporterEmail", r -> r.reporter() == null ? null : r.reporter().email())
            .add("reporterAddress", r -> r.reporter() == null ? null : r.reporter().address())
            .add("source", ReportResponse::source).add("externalId", ReportResponse::externalId)
            .add("lateReport", ReportResponse::lateReport).add("registrationNumber", ReportResponse::registrationNumber)
            .add("deadlineKind", r -> r.deadline() == null ? null : r.deadline().kind())
            .add("deadlineDue", r -> r.deadline() == null ? null : r.deadline().dueDate())
            .add("overdue", r -> r.deadline() == null ? null : r.deadline().overdue())
            .add("recommendationNumber", r -> r.recommendation() == null ? null : r.recommendation().letterNumber())
            .add("recommendationDate", r -> r.recommendation() == null ? null : r.recommendation().letterDate())
            .add("description", ReportResponse::description).add("updatedAt", ReportResponse::updatedAt);

    private ReportCsv() {
    }
}
