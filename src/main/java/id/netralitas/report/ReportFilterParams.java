package id.netralitas.report;

import id.netralitas.common.web.ScopeFilterParams;
import id.netralitas.regulation.CandidatePhase;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;

/** The filters of the report search, shared by its JSON and CSV forms. */
public class ReportFilterParams extends ScopeFilterParams {

    @QueryParam("electionCode")
    @Size(max = 40)
    public String electionCode;

    @QueryParam("status")
    public ReportStatus status;

    @QueryParam("nip")
    @Size(max = 18)
    public String nip;

    @QueryParam("violationType")
    @Size(max = 60)
    public String violationType;

    @QueryParam("origin")
    public ReportOrigin origin;

    @QueryParam("channel")
    public ReportChannel channel;

    @QueryParam("candidatePhase")
    public CandidatePhase candidatePhase;

    @QueryParam("receivedFrom")
    public LocalDate receivedFrom;

    @QueryParam("receivedTo")
    public LocalDate receivedTo;

    @QueryParam("late")
    public Boolean late;

    @QueryParam("possibleDuplicate")
    public Boolean possibleDuplicate;

    @QueryParam("overdue")
    public Boolean overdue;

    @QueryParam("q")
    @Size(min = 1, max = 100)
    public String q;

    @QueryParam("caseNumber")
    @Size(max = 40)
    public String caseNumber;

    @QueryParam("source")
    @Size(max = 40)
    public String source;

    @QueryParam("externalId")
    @Size(max = 100)
    public String externalId;

    @QueryParam("updatedSince")
    public Instant updatedSince;

    ReportQueryService.Filter filter() {
        return new ReportQueryService.Filter(status, electionCode, regionCode, agencyCode, nip, violationType, origin,
                channel, receivedFrom, receivedTo, late, possibleDuplicate, candidatePhase, overdue,
                new ReportQueryService.Lookup(q, caseNumber, source, externalId, updatedSince));
    }
}
