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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public report statistics: counts only, small groups suppressed, no account needed. */
@Path("/api/v1/public-stats")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
public class PublicStatsResource {

    static final String CSV_HEADER = "key,label,count,suppressed";

    static final CsvColumns<StatsDtos.PublicGroup> CSV = CsvColumns.of(StatsDtos.PublicGroup.class)
            .add("key", StatsDtos.PublicGroup::key).add("label", StatsDtos.PublicGroup::label)
            .add("count", StatsDtos.PublicGroup::count).add("suppressed", StatsDtos.PublicGroup::suppressed)
            .documentedAs(CSV_HEADER);

    @Inject
    StatsService service;

    @GET
    @Path("reports")
    @Operation(operationId = "getPublicReportStatistics", summary = "Public count of reports per group",
            description = "No account needed. Every report counts, whatever its status; `region` groups by the "
                    + "province of the incident, `month` by the month received (WIB, `YYYY-MM`), `violationType` once "
                    + "per listed type (so those groups may add up to more than the total). Groups smaller than the "
                    + "minimum size (configuration `netralitas.public-stats.min-group-size`, default 5) are "
                    + "suppressed: `suppressed: true` and no `count`; if only one group is that small, the next "
                    + "smallest is suppressed with it so that the total cannot reveal it. Nothing here names or "
                    + "identifies a person.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "404", description = "No election has this code")
    @Extension(name = CsvExport.OPENAPI_EXTENSION, value = CSV_HEADER)
    public StatsDtos.PublicStats getPublicReportStatistics(
            @Valid @BeanParam ElectionCodeParam election,
            @Parameter(description = "The grouping (default `region`)") @QueryParam("groupBy")
            PublicGrouping groupBy) {
        return service.publicReports(election.electionCode, groupBy);
    }

    /** {@code getPublicReportStatistics} as CSV (documented there). */
    @GET
    @Path("reports")
    @Produces(CsvExport.PRODUCES)
    @Operation(hidden = true)
    public Response exportPublicReportStatistics(@Valid @BeanParam ElectionCodeParam election,
            @QueryParam("groupBy") PublicGrouping groupBy) {
        return CsvExport.response("public-report-statistics.csv", CSV,
                service.publicReports(election.electionCode, groupBy).groups());
    }
}
