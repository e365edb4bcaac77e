package id.netralitas.report;

import id.netralitas.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Integrity check of the append-only case history. */
@Path("/api/v1/audit")
@Tag(name = "Report workflow")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    WorkflowReads reads;

    @GET
    @Path("verify")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "verifyAuditChain", summary = "Recompute the history's hash chain",
            description = "Checks every event of every case, in order; reports the first one that was changed, removed or "
                    + "inserted outside the service.")
    @APIResponse(responseCode = "200", description = "The outcome")
    public AuditVerificationResponse verifyAuditChain() {
        return reads.verifyChain();
    }
}
