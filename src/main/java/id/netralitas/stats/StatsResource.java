package id.netralitas.stats;

import id.netralitas.common.csv.CsvColumns;
import id.netralitas.common.csv.CsvExport;
import id.netralitas.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Report and follow-up statistics for officers; a ppk's figures cover its own agency only. */
@Path("/api/v1/stats")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.MONITOR})
public class StatsResource {

    static final String REPORTS_CSV_HEADER = "key,label,count";
    static final String FOLLOW_UP_CSV_HEADER = "key,label,recommended,sanctioned,sanctionedWithinDeadline,overdue,"
            + "blocked,followUpRate";

    static final CsvColumns<StatsDtos.ReportGroup> REPORTS_CSV = CsvColumns.of(StatsDtos.ReportGroup.class)
            .add("key", StatsDtos.ReportGroup::key).add("label", StatsDtos.ReportGroup::label)
            .add("count", StatsDtos.ReportGroup::count).documentedAs(REPORTS_CSV_HEADER);

    static final CsvColumns<StatsDtos.FollowUpFigures> FOLLOW_UP_CSV = CsvColumns.of(StatsDtos.FollowUpFigures.class)
            .add("key", StatsDtos.FollowUpFigures::key).add("label", StatsDtos.FollowUpFigures::label)
            .add("recommended", StatsDtos.FollowUpFigures::recommended)
            .add("sanctioned", StatsDtos.FollowUpFigures::sanctioned)
            .add("sanctionedWithinDeadline", StatsDtos.FollowUpFigures::sanctionedWithinDeadline)
            .add("overdue", StatsDtos.FollowUpFigures::overdue).add("blocked", StatsDtos.FollowUpFigures::blocked)
            .add("followUpRate", StatsDtos.FollowUpFigures::followUpRate).documentedAs(FOLLOW_UP_CSV_HEADER);

    @Inject
    StatsService service;

    @GET
    @Path("reports")
    @Operation(operationId = "getReportStatistics", summary = "Count reports per group",
            description = "Admin, verifier and bawaslu count every report; a PPK counts the reports naming an employee "
                    + "of its agency, and for `agency` and `jabatanCategory` only its own employees. What counts: "
                    + "`region` groups by the province of the incident region; `status` by the current status; `month` "
                    + "by the month received (WIB, `YYYY-MM`); these count each report once. `agency` counts a report "
                    + "once for each distinct agency of the employees it names, `jabatanCategory` once for each "
                    + "distinct jabatan category of the named employees found in the register, `violationType` once "
                    + "for each violation type it lists; so their groups may add up to more than `totalReports`. "
                    + "Employees named without a NIP fall in a group without `key`. Groups are ordered by key.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "404", description = "No election has this code")
    @Extension(name = CsvExport.OPENAPI_EXTENSION, value = REPORTS_CSV_HEADER)
    public StatsDtos.ReportStats getReportStatistics(
            @Valid @BeanParam ElectionCodeParam election,
            @Parameter(description = "The grouping (default `status`)") @QueryParam("groupBy")
            ReportGrouping groupBy) {
        return service.reports(election.electionCode, groupBy);
    }

    /** {@code getReportStatistics} as CSV (documented there). */
    @GET
    @Path("reports")
    @Produces(CsvExport.PRODUCES)
    @Operation(hidden = true)
    public Response exportReportStatistics(@Valid @BeanParam ElectionCodeParam election,
            @QueryParam("groupBy") ReportGrouping groupBy) {
        StatsDtos.ReportStats stats = service.reports(election.electionCode, groupBy);
        return CsvExport.response("report-statistics.csv", REPORTS_CSV, stats.groups());
    }

    @GET
    @Path("follow-up")
    @Operation(operationId = "getFollowUpStatistics", summary = "PPK follow-up of recommendations per agency or region",
            description = "The figures hearings ask for: how many recommended sanctions each PPK carried out, on time "
                    + "or not, how many are overdue and how many led to blocking the personnel data. Counted per "
                    + "track (one reported employee of one recommended case, attributed to the agency that must follow "
                    + "up); see FollowUpFigures for each figure. `region` groups by the province of that agency "
                    + "(central agencies have none). A PPK gets its own agency only.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "404", description = "No election has this code")
    @Extension(name = CsvExport.OPENAPI_EXTENSION, value = FOLLOW_UP_CSV_HEADER)
    public StatsDtos.FollowUpStats getFollowUpStatistics(
            @Valid @BeanParam ElectionCodeParam election,
            @Parameter(description = "The grouping (default `agency`)") @QueryParam("groupBy")
            FollowUpGrouping groupBy) {
        return service.followUp(election.electionCode, groupBy);
    }

    /** {@code getFollowUpStatistics} as CSV (documented there); the totals are not a row. */
    @GET
    @Path("follow-up")
    @Produces(CsvExport.PRODUCES)
    @Operation(hidden = true)
    public Response exportFollowUpStatistics(@Valid @BeanParam ElectionCodeParam election,
            @QueryParam("groupBy") FollowUpGrouping groupBy) {
        StatsDtos.FollowUpStats stats = service.followUp(election.electionCode, groupBy);
        return CsvExport.response("follow-up-statistics.csv", FOLLOW_UP_CSV, stats.groups());
    }
}
