package id.netralitas.report;

import id.netralitas.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Integrity check of the append-only case history. */
@Path("/api/v1/audit")
@Tag(name = "Report workflow")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    ReportHistory history;

    @GET
    @Path("verify")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "verifyAuditChain", summary = "Recompute the history's hash chain",
            description = "Checks every event of every case, in order; reports the first one that was changed, removed or "
                    + "inserted outside the service.")
    @APIResponse(responseCode = "200", description = "The outcome")
    public VerificationResponse verifyAuditChain() {
        ReportHistory.Verification v = history.verify();
        return new VerificationResponse(v.valid(), v.eventsChecked(), v.firstBrokenSeq(), v.firstBrokenCaseNumber(),
                v.reason());
    }

    @Schema(name = "AuditVerification")
    public record VerificationResponse(
            boolean valid,
            @Schema(format = "int64", minimum = "0", maximum = "9007199254740991") long eventsChecked,
            @Schema(description = "The first event that does not fit the chain", format = "int64", minimum = "1",
                    maximum = "9007199254740991") Long firstBrokenSeq,
            @Schema(maxLength = 20) String firstBrokenCaseNumber,
            @Schema(maxLength = 500) String reason) {
    }
}
