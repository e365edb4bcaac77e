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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bawaslu's bulk submission: up to 500 reports per call, answered item by item. */
@Path("/api/v1/report-batches")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportBatchResource {

    @Inject
    ReportBatchService batches;

    @Inject
    Caller caller;

    @Inject
    IdempotencyService idempotency;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.BAWASLU})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitReportBatch", summary = "Submit up to 500 reports at once",
            description = "Each item is a ReportRequest, checked and saved on its own: the answer lists, in order, "
                    + "CREATED, EXISTING (its source and external id were registered before) or REJECTED with the "
                    + "field errors. Never all-or-nothing. With `Idempotency-Key`, a retry gets the first answer.")
    @APIResponse(responseCode = "200", description = "Per-item outcome")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another batch")
    public ReportBatchResponse submitReportBatch(
            @NotNull @Valid BatchRequest request,
            @Parameter(description = "Makes a retry return the first answer",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 255, pattern = "^[\\x21-\\x7E]{1,255}$"))
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Context HttpHeaders headers) {
        return batches.submit(request.reports(), IntakePolicy.submitter(caller), IdempotencyService.key(idempotencyKey),
                idempotency.requestHash(request), Messages.negotiate(headers.getAcceptableLanguages())).body();
    }

    /** The batch: items are read one by one, so a malformed item is rejected alone. */
    @Schema(name = "ReportBatchRequest")
    public record BatchRequest(
            @Schema(required = true, type = SchemaType.ARRAY, implementation = ReportRequest.class, maxItems = 500,
                    minItems = 1)
            @NotEmpty @Size(max = 500) List<JsonNode> reports) {
    }
}
