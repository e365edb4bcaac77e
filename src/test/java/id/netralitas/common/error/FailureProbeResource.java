package id.netralitas.common.error;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only endpoints that fail on purpose, to check how unexpected failures are answered. */
@Path("/test-probes")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class FailureProbeResource {

    @GET
    @Path("runtime")
    public String runtime() {
        throw new IllegalStateException("secret internal detail");
    }

    @GET
    @Path("error")
    public String error() {
        throw new AssertionError("secret internal detail");
    }
}
