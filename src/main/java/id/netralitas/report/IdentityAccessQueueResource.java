package id.netralitas.report;

import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A custodian's queue of identity access requests across cases. */
@Path("/api/v1/identity-access-requests")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityAccessQueueResource {

    @Inject
    IdentityAccessService service;

    @GET
    @RolesAllowed(Roles.CUSTODIAN)
    public PageResponse<IdentityAccessDtos.AccessRequestResponse> listIdentityAccessQueue(
            @QueryParam("status") IdentityAccessRequest.Status status,
            @Valid @BeanParam PageParams page) {
        return service.queue(status, page).map(IdentityAccessDtos.AccessRequestResponse::of);
    }
}
