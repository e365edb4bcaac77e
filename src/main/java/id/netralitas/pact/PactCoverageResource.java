package id.netralitas.pact;

import id.netralitas.pact.api.CoverageResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** How far an election's pact has been signed. */
@Path("/api/v1/elections/{code}/pact-coverage")
@Produces(MediaType.APPLICATION_JSON)
public class PactCoverageResource {

    @Inject
    PactCoverageService service;

    @GET
    @PermitAll
    public CoverageResponse getPactCoverage(
            @PathParam("code") String code,
            @QueryParam("groupBy") @Size(max = 6) String groupBy,
            @QueryParam("regionCode") @Size(max = 13) String regionCode) {
        return service.coverage(code, groupBy, regionCode);
    }
}
