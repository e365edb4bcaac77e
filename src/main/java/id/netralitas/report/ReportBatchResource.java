package id.netralitas.report;

import com.fasterxml.jackson.databind.JsonNode;
import id.netralitas.common.i18n.Messages;
import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Bulk submission by integration clients (Bawaslu, the task force's SBT): up to 500 reports per call, answered item by item. */
@Path("/api/v1/report-batches")
@Produces(MediaType.APPLICATION_JSON)
public class ReportBatchResource {

    @Inject
    ReportBatchService batches;

    @Inject
    Caller caller;

    @Inject
    IdempotencyService idempotency;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.BAWASLU, Roles.VERIFIER})
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportBatchResponse submitReportBatch(
            @NotNull @Valid BatchRequest request,
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Context HttpHeaders headers) {
        return batches.submit(request.reports(), IntakePolicy.submitter(caller), IdempotencyService.key(idempotencyKey),
                idempotency.requestHash(request), Messages.negotiate(headers.getAcceptableLanguages())).body();
    }

    /** The batch: items are read one by one, so a malformed item is rejected alone. */
    public record BatchRequest(@NotEmpty @Size(max = 500) List<JsonNode> reports) {
    }
}
