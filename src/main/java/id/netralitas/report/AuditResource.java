package id.netralitas.report;

import id.netralitas.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Integrity check of the append-only case history. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    WorkflowReads reads;

    @GET
    @Path("verify")
    @RolesAllowed(Roles.ADMIN)
    public AuditVerificationResponse verifyAuditChain() {
        return reads.verifyChain();
    }
}
