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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A custodian's queue of identity access requests across cases. */
@Path("/api/v1/identity-access-requests")
@Tag(name = "Identity custody")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityAccessQueueResource {

    @Inject
    IdentityAccessService service;

    @GET
    @RolesAllowed(Roles.CUSTODIAN)
    @Operation(operationId = "listIdentityAccessQueue", summary = "A custodian's queue of identity access requests",
            description = "Every case's requests, oldest first; `status=PENDING` for those awaiting a decision.")
    @APIResponse(responseCode = "200", description = "A page of requests")
    public PageResponse<IdentityAccessDtos.AccessRequestResponse> listIdentityAccessQueue(
            @QueryParam("status") IdentityAccessRequest.Status status,
            @Valid @BeanParam PageParams page) {
        return service.queue(status, page).map(IdentityAccessDtos.AccessRequestResponse::of);
    }
}
