package id.netralitas.report;

import id.netralitas.common.security.Roles;
import id.netralitas.common.web.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Officers' messages on a report: to the reporter, or internal notes. */
@Path("/api/v1/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportMessageResource {

    @Inject
    ReportMessageService messages;

    @POST
    @Path("{id}/messages")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addReportMessage", summary = "Write to the reporter, or add an internal note",
            description = "A TO_REPORTER message appears in the receipt view (without the officer's name); an "
                    + "INTERNAL_NOTE never leaves the officers.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageResponse.class)))
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "A message to the reporter on a report without a receipt")
    public Response addReportMessage(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("id") String id,
            @NotNull @Valid MessageRequest request) {
        return Response.status(201).entity(messages.add(id, request)).build();
    }

    @GET
    @Path("{id}/messages")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    @Operation(operationId = "listReportMessages", summary = "Messages and internal notes of a report")
    @APIResponse(responseCode = "200", description = "Oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = MessageResponse.class, maxItems = 10000)))
    @APIResponse(responseCode = "404", description = "No such report")
    public List<MessageResponse> listReportMessages(@Parameter(description = "Report id",
            schema = @Schema(type = SchemaType.STRING, maxLength = 36, pattern = Ids.UUID_PATTERN)) @PathParam("id") String id) {
        return messages.list(id);
    }
}
