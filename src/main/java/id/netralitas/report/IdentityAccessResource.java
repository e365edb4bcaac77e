package id.netralitas.report;

import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.report.IdentityAccessDtos.AccessRequestBody;
import id.netralitas.report.IdentityAccessDtos.AccessRequestResponse;
import id.netralitas.report.IdentityAccessDtos.DecisionBody;
import id.netralitas.report.IdentityAccessDtos.DisclosureResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * Reporter identity custody: access requests with a reason, a custodian's decision, the disclosure to
 * an approved requester, and the log of every disclosure (docs/security.md).
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityAccessResource {


    @Inject
    IdentityAccessService service;

    @POST
    @Path("{id}/identity-access-requests")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestReporterIdentity(@PathParam("id") String id, @NotNull @Valid AccessRequestBody body) {
        IdentityAccessRequest created = service.request(id, body.reason());
        return Response.status(201).location(URI.create("/api/v1/reports/" + id + "/identity-access-requests/"
                + created.publicId)).entity(AccessRequestResponse.of(created)).build();
    }

    @GET
    @Path("{id}/identity-access-requests")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.CUSTODIAN})
    public List<AccessRequestResponse> listReporterIdentityRequests(@PathParam("id") String id) {
        return service.ofReport(id).stream().map(AccessRequestResponse::of).toList();
    }

    @POST
    @Path("{id}/identity-access-requests/{requestId}/decision")
    @RolesAllowed(Roles.CUSTODIAN)
    @Consumes(MediaType.APPLICATION_JSON)
    public AccessRequestResponse decideReporterIdentityRequest(
            @PathParam("id") String id,
            @PathParam("requestId") String requestId,
            @NotNull @Valid DecisionBody body) {
        return AccessRequestResponse.of(service.decide(id, requestId, body.approve(), body.note()));
    }

    @GET
    @Path("{id}/identity-access-requests/{requestId}/identity")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    public ReportResponse.ReporterResponse getReporterIdentity(
            @PathParam("id") String id,
            @PathParam("requestId") String requestId) {
        return service.disclose(id, requestId);
    }

    @GET
    @Path("{id}/identity-access-log")
    @RolesAllowed({Roles.ADMIN, Roles.CUSTODIAN})
    public PageResponse<DisclosureResponse> listReporterIdentityDisclosures(
            @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        return service.log(id, page).map(DisclosureResponse::of);
    }
}
