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

/** Report and follow-up statistics for officers; a ppk's figures cover its own agency only. */
@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.MONITOR})
public class StatsResource {

    static final String FOLLOW_UP_CSV_HEADER = "key,label,recommended,sanctioned,sanctionedWithinDeadline,overdue,"
            + "blocked,followUpRate";

    static final CsvColumns<StatsDtos.ReportGroup> REPORTS_CSV = CsvColumns.of(StatsDtos.ReportGroup.class)
            .add("key", StatsDtos.ReportGroup::key).add("label", StatsDtos.ReportGroup::label)
            .add("count", StatsDtos.ReportGroup::count);

    static final CsvColumns<StatsDtos.FollowUpFigures> FOLLOW_UP_CSV = CsvColumns.of(StatsDtos.FollowUpFigures.class)
            .add("key", StatsDtos.FollowUpFigures::key).add("label", StatsDtos.FollowUpFigures::label)
            .add("recommended", StatsDtos.FollowUpFigures::recommended)
            .add("sanctioned", StatsDtos.FollowUpFigures::sanctioned)
            .add("sanctionedWithinDeadline", StatsDtos.FollowUpFigures::sanctionedWithinDeadline)
            .add("overdue", StatsDtos.FollowUpFigures::overdue).add("blocked", StatsDtos.FollowUpFigures::blocked)
            .add("followUpRate", StatsDtos.FollowUpFigures::followUpRate);

    @Inject
    StatsService service;

    @GET
    @Path("reports")
    public StatsDtos.ReportStats getReportStatistics(
            @Valid @BeanParam ElectionCodeParam election,
            @QueryParam("groupBy") ReportGrouping groupBy) {
        return service.reports(election.electionCode, groupBy);
    }

    /** {@code getReportStatistics} as CSV (documented there). */
    @GET
    @Path("reports")
    @Produces(CsvExport.PRODUCES)
    public Response exportReportStatistics(@Valid @BeanParam ElectionCodeParam election,
            @QueryParam("groupBy") ReportGrouping groupBy) {
        StatsDtos.ReportStats stats = service.reports(election.electionCode, groupBy);
        return CsvExport.response("report-statistics.csv", REPORTS_CSV, stats.groups());
    }

    @GET
    @Path("follow-up")
    public StatsDtos.FollowUpStats getFollowUpStatistics(
            @Valid @BeanParam ElectionCodeParam election,
            @QueryParam("groupBy") FollowUpGrouping groupBy) {
        return service.followUp(election.electionCode, groupBy);
    }

    /** {@code getFollowUpStatistics} as CSV (documented there); the totals are not a row. */
    @GET
    @Path("follow-up")
    @Produces(CsvExport.PRODUCES)
    public Response exportFollowUpStatistics(@Valid @BeanParam ElectionCodeParam election,
            @QueryParam("groupBy") FollowUpGrouping groupBy) {
        StatsDtos.FollowUpStats stats = service.followUp(election.electionCode, groupBy);
        return CsvExport.response("follow-up-statistics.csv", FOLLOW_UP_CSV, stats.groups());
    }
}
