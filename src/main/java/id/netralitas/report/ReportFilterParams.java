package id.netralitas.report;

import id.netralitas.regulation.CandidatePhase;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the report search, shared by its JSON and CSV forms. */
public class ReportFilterParams {

    @QueryParam("status")
    public ReportStatus status;

    @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 40))
    @QueryParam("electionCode")
    @Size(max = 40)
    public String electionCode;

    @Parameter(description = "Incident region, with the regions below it",
            schema = @Schema(type = SchemaType.STRING, maxLength = 13))
    @QueryParam("regionCode")
    @Size(max = 13)
    public String regionCode;

    @Parameter(description = "Agency of a named employee", schema = @Schema(type = SchemaType.STRING, maxLength = 40))
    @QueryParam("agencyCode")
    @Size(max = 40)
    public String agencyCode;

    @Parameter(description = "NIP of a named employee", schema = @Schema(type = SchemaType.STRING, maxLength = 18,
            pattern = "^[0-9]{18}$"))
    @QueryParam("nip")
    @Size(max = 18)
    public String nip;

    @Parameter(description = "Suspected violation type code", schema = @Schema(type = SchemaType.STRING, maxLength = 60))
    @QueryParam("violationType")
    @Size(max = 60)
    public String violationType;

    @QueryParam("origin")
    public ReportOrigin origin;

    @QueryParam("channel")
    public ReportChannel channel;

    @QueryParam("candidatePhase")
    public CandidatePhase candidatePhase;

    @Parameter(description = "Received on or after this day", schema = @Schema(type = SchemaType.STRING,
            format = "date", maxLength = 10))
    @QueryParam("receivedFrom")
    public LocalDate receivedFrom;

    @Parameter(description = "Received on or before this day", schema = @Schema(type = SchemaType.STRING,
            format = "date", maxLength = 10))
    @QueryParam("receivedTo")
    public LocalDate receivedTo;

    @Parameter(description = "Only reports received after the reporting deadline (or only timely ones)")
    @QueryParam("late")
    public Boolean late;

    @Parameter(description = "Only reports with (or without) likely duplicates")
    @QueryParam("possibleDuplicate")
    public Boolean possibleDuplicate;

    @Parameter(description = "Only reports past a deadline: the case's current one, or a PPK follow-up "
            + "(or, with false, none)")
    @QueryParam("overdue")
    public Boolean overdue;

    ReportQueryService.Filter filter() {
        return new ReportQueryService.Filter(status, electionCode, regionCode, agencyCode, nip, violationType, origin,
                channel, receivedFrom, receivedTo, late, possibleDuplicate, candidatePhase, overdue);
    }
}
