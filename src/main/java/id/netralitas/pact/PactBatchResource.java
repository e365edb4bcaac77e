package id.netralitas.pact;

import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.security.Roles;
import id.netralitas.pact.api.BatchRequest;
import id.netralitas.pact.api.BatchResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A ceremony's paper signatures in one call. */
@Path("/api/v1/pact-signature-batches")
@Tag(name = "Pakta integritas")
@Produces(MediaType.APPLICATION_JSON)
public class PactBatchResource {

    @Inject
    PactBatchService batches;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PPK})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerPactSignatureBatch", summary = "Register up to 10,000 paper signatures of a ceremony",
            description = "Method TANDA_TANGAN_BASAH, for the agency of a `ppk` (an `admin` names `agencyCode`), with the "
                    + "ceremony (`ceremony` or `ceremonyId`). Each NIP is answered SIGNED, ALREADY_SIGNED (with the "
                    + "existing signature), UNKNOWN_NIP, NOT_ELIGIBLE (not active) or OTHER_AGENCY, in the order sent; a "
                    + "repeated NIP gets its first answer again, except that one signed by this batch is ALREADY_SIGNED. "
                    + "All in one transaction, written in JDBC batches. With "
                    + "`Idempotency-Key`, a retry gets the first answer and creates nothing.")
    @APIResponse(responseCode = "200", description = "Per-NIP outcome")
    @APIResponse(responseCode = "403", description = "Another agency than the ppk's (`AGENCY_OUT_OF_SCOPE`)")
    @APIResponse(responseCode = "409", description = "No template valid on the ceremony date "
            + "(`PACT_TEMPLATE_NOT_AVAILABLE`, `PACT_TEMPLATE_NOT_VALID`)")
    @APIResponse(responseCode = "422", description = "Unknown election, agency, template version or ceremony; the agency "
            + "does not take part (`PACT_SIGNER_NOT_ELIGIBLE`); or the Idempotency-Key was used for another batch")
    public BatchResponse registerPactSignatureBatch(
            @NotNull @Valid BatchRequest request,
            @Parameter(description = "Makes a retry return the first answer",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 255, pattern = "^[\\x21-\\x7E]{1,255}$"))
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        return batches.register(request, IdempotencyService.key(idempotencyKey));
    }
}
