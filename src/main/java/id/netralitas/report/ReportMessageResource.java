package id.netralitas.report;

import id.netralitas.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Officers' messages on a report (to the reporter, or internal notes), and on one employee's follow-up
 * between the ppk of the employee's agency and the verifier, with the follow-up's documents.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportMessageResource {

    @Inject
    ReportMessageService messages;

    @Inject
    TrackDocuments documents;

    @POST
    @Path("{id}/messages")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addReportMessage(@PathParam("id") String id, @NotNull @Valid MessageRequest request) {
        return Response.status(201).entity(messages.add(id, request)).build();
    }

    @POST
    @Path("{id}/employees/{nip}/messages")
    @RolesAllowed({Roles.VERIFIER, Roles.PPK})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addReportTrackMessage(@PathParam("id") String id, @PathParam("nip") String nip,
            @NotNull @Valid TrackMessageRequest request) {
        return Response.status(201).entity(messages.addToTrack(id, nip, request.body())).build();
    }

    @GET
    @Path("{id}/employees/{nip}/messages")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.PPK})
    public List<MessageResponse> listReportTrackMessages(@PathParam("id") String id, @PathParam("nip") String nip) {
        return messages.listTrack(id, nip);
    }

    @POST
    @Path("{id}/employees/{nip}/documents")
    @RolesAllowed(Roles.PPK)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addReportTrackDocument(@PathParam("id") String id, @PathParam("nip") String nip,
            @NotNull @Valid TrackDocuments.DocumentRequest request) {
        return Response.status(201).entity(documents.add(id, nip, request)).build();
    }

    @GET
    @Path("{id}/employees/{nip}/documents")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.PPK})
    public List<TrackDocuments.DocumentResponse> listReportTrackDocuments(@PathParam("id") String id,
            @PathParam("nip") String nip) {
        return documents.list(id, nip);
    }

    /** A message on one employee's follow-up. */
    public record TrackMessageRequest(@NotBlank @Size(max = 5000) String body) {
    }

    @GET
    @Path("{id}/messages")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    public List<MessageResponse> listReportMessages(@PathParam("id") String id) {
        return messages.list(id);
    }
}
