package id.netralitas.pact;

import id.netralitas.pact.api.CoverageResponse;
import id.netralitas.pact.api.PactFormats;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How far an election's pact has been signed. */
@Path("/api/v1/elections/{code}/pact-coverage")
@Tag(name = "Pakta integritas")
@Produces(MediaType.APPLICATION_JSON)
public class PactCoverageResource {

    @Inject
    PactCoverageService service;

    @GET
    @PermitAll
    @Operation(operationId = "getPactCoverage", summary = "Coverage of an election's pact",
            description = "Public statistics. Active employees of the agencies taking part, valid individual signatures and the share, in "
                    + "total and per group: `groupBy=region` (default) gives the regions one level below `regionCode` "
                    + "(provinces without it), `groupBy=agency` the agencies. `regionCode` includes the regions below it. "
                    + "Read from counters kept with every register change and every signature, never by counting the "
                    + "register.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "404", description = "No election has this code (`ELECTION_NOT_FOUND`)")
    @APIResponse(responseCode = "422", description = "`regionCode` is not in the region register (`REGION_UNKNOWN`)")
    public CoverageResponse getPactCoverage(
            @Parameter(description = "Election code", example = "PEMILU-2024", schema = @Schema(type = SchemaType.STRING,
                    maxLength = 40, pattern = PactFormats.ELECTION_PATTERN)) @PathParam("code") String code,
            @Parameter(description = "Grouping", schema = @Schema(type = SchemaType.STRING, enumeration = {"region", "agency"},
                    maxLength = 6)) @QueryParam("groupBy") @Size(max = 6) String groupBy,
            @Parameter(description = "Only this region and the regions below it (dotted or compact code)", example = "74",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 13)) @QueryParam("regionCode") @Size(max = 13)
            String regionCode) {
        return service.coverage(code, groupBy, regionCode);
    }
}
