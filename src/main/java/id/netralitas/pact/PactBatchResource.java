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

/** A ceremony's paper signatures in one call. */
@Path("/api/v1/pact-signature-batches")
@Produces(MediaType.APPLICATION_JSON)
public class PactBatchResource {

    @Inject
    PactBatchService batches;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PPK})
    @Consumes(MediaType.APPLICATION_JSON)
    public BatchResponse registerPactSignatureBatch(
            @NotNull @Valid BatchRequest request,
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        return batches.register(request, IdempotencyService.key(idempotencyKey));
    }
}
