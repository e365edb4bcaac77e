package id.netralitas.stats;

import id.netralitas.common.csv.CsvColumns;
import id.netralitas.common.csv.CsvExport;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Public report statistics: counts only, small groups suppressed, no account needed. */
@Path("/api/v1/public-stats")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicStatsResource {


    static final CsvColumns<StatsDtos.PublicGroup> CSV = CsvColumns.of(StatsDtos.PublicGroup.class)
            .add("key", StatsDtos.PublicGroup::key).add("label", StatsDtos.PublicGroup::label)
            .add("count", StatsDtos.PublicGroup::count).add("suppressed", StatsDtos.PublicGroup::suppressed);

    @Inject
    StatsService service;

    @GET
    @Path("reports")
    public StatsDtos.PublicStats getPublicReportStatistics(
            @Valid @BeanParam ElectionCodeParam election,
            @QueryParam("groupBy") PublicGrouping groupBy) {
        return service.publicReports(election.electionCode, groupBy);
    }

    /** {@code getPublicReportStatistics} as CSV (documented there). */
    @GET
    @Path("reports")
    @Produces(CsvExport.PRODUCES)
    public Response exportPublicReportStatistics(@Valid @BeanParam ElectionCodeParam election,
            @QueryParam("groupBy") PublicGrouping groupBy) {
        return CsvExport.response("public-report-statistics.csv", CSV,
                service.publicReports(election.electionCode, groupBy).groups());
    }
}
