package id.netralitas.report;

import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The handling workflow: case and track transitions, follow-up monitoring, history. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowResource {


    @Inject
    CaseTransitions cases;

    @Inject
    TrackTransitions tracks;

    @Inject
    WorkflowReads reads;

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transitionReport(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TransitionRequests.CaseTransition request) {
        return cases.transition(id, request, ifMatch).ok();
    }

    @GET
    @Path("{id}/employees/{nip}")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.MONITOR})
    public Response getReportTrack(@PathParam("id") String id, @PathParam("nip") String nip) {
        return reads.track(id, nip).ok();
    }

    @POST
    @Path("{id}/employees/{nip}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transitionReportTrack(
            @PathParam("id") String id,
            @PathParam("nip") String nip,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TransitionRequests.TrackTransition request) {
        return tracks.transition(id, nip, request, ifMatch).ok();
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    public PageResponse<EventResponse> listReportHistory(
            @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        return reads.history(id, page);
    }
}
