package id.netralitas.report;

import id.netralitas.common.security.Roles;
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

/** Officers' messages on a report: to the reporter, or internal notes. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportMessageResource {

    @Inject
    ReportMessageService messages;

    @POST
    @Path("{id}/messages")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addReportMessage(@PathParam("id") String id, @NotNull @Valid MessageRequest request) {
        return Response.status(201).entity(messages.add(id, request)).build();
    }

    @GET
    @Path("{id}/messages")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    public List<MessageResponse> listReportMessages(@PathParam("id") String id) {
        return messages.list(id);
    }
}
