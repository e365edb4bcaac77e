package id.netralitas.report;

import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.Ids;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reporter identity custody: access requests with a reason, a custodian's decision, the disclosure to
 * an approved requester, and the log of every disclosure (docs/security.md).
 */
@Path("/api/v1/reports")
@Tag(name = "Identity custody")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityAccessResource {

    private static final String ID = Ids.UUID_PATTERN;

    @Inject
    IdentityAccessService service;

    @POST
    @Path("{id}/identity-access-requests")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestReporterIdentity", summary = "Ask to see who reported a case",
            description = "For an officer who may read the case but not its reporter (admin, a verifier on a confidential "
                    + "report, an officer outside the intake unit). A custodian decides; see docs/security.md.")
    @APIResponse(responseCode = "201", description = "Requested, pending a custodian's decision",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccessRequestResponse.class)))
    @APIResponse(responseCode = "404", description = "No such report, or not in the caller's scope")
    @APIResponse(responseCode = "409", description = "The report is anonymous, the caller already sees the reporter, "
            + "or the caller has a pending request on it")
    public Response requestReporterIdentity(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36, pattern = ID))
            @PathParam("id") String id,
            @NotNull @Valid AccessRequestBody body) {
        IdentityAccessRequest created = service.request(id, body.reason());
        return Response.status(201).location(URI.create("/api/v1/reports/" + id + "/identity-access-requests/"
                + created.publicId)).entity(AccessRequestResponse.of(created)).build();
    }

    @GET
    @Path("{id}/identity-access-requests")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.CUSTODIAN})
    @Operation(operationId = "listReporterIdentityRequests", summary = "Identity access requests on a case",
            description = "A custodian sees every request; an officer only their own.")
    @APIResponse(responseCode = "200", description = "Oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = AccessRequestResponse.class, maxItems = 1000)))
    @APIResponse(responseCode = "404", description = "No such report, or not in the caller's scope")
    public List<AccessRequestResponse> listReporterIdentityRequests(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36, pattern = ID))
            @PathParam("id") String id) {
        return service.ofReport(id).stream().map(AccessRequestResponse::of).toList();
    }

    @POST
    @Path("{id}/identity-access-requests/{requestId}/decision")
    @RolesAllowed(Roles.CUSTODIAN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideReporterIdentityRequest", summary = "Approve or reject an identity access request",
            description = "Once only; never one's own request. An approval lets the requester read the identity for a "
                    + "limited time (7 days by default).")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccessRequestResponse.class)))
    @APIResponse(responseCode = "403", description = "The custodian's own request")
    @APIResponse(responseCode = "404", description = "No such report or request")
    @APIResponse(responseCode = "409", description = "Already decided")
    public AccessRequestResponse decideReporterIdentityRequest(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36, pattern = ID))
            @PathParam("id") String id,
            @Parameter(description = "Request id", schema = @Schema(type = SchemaType.STRING, maxLength = 36, pattern = ID))
            @PathParam("requestId") String requestId,
            @NotNull @Valid DecisionBody body) {
        return AccessRequestResponse.of(service.decide(id, requestId, body.approve(), body.note()));
    }

    @GET
    @Path("{id}/identity-access-requests/{requestId}/identity")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    @Operation(operationId = "getReporterIdentity", summary = "The reporter's identity, under an approved request",
            description = "For the requester only, while the approval is valid. Every call is logged as a disclosure.")
    @APIResponse(responseCode = "200", description = "The reporter",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportResponse.ReporterResponse.class)))
    @APIResponse(responseCode = "404", description = "No such report or request, or not the caller's request")
    @APIResponse(responseCode = "409", description = "Not approved, or the approval has expired")
    public ReportResponse.ReporterResponse getReporterIdentity(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36, pattern = ID))
            @PathParam("id") String id,
            @Parameter(description = "Request id", schema = @Schema(type = SchemaType.STRING, maxLength = 36, pattern = ID))
            @PathParam("requestId") String requestId) {
        return service.disclose(id, requestId);
    }

    @GET
    @Path("{id}/identity-access-log")
    @RolesAllowed({Roles.ADMIN, Roles.CUSTODIAN})
    @Operation(operationId = "listReporterIdentityDisclosures", summary = "Who was shown a case's reporter, and when",
            description = "Append-only: every single read of the case that showed the reporter to the intake unit, and "
                    + "every disclosure under an approved request.")
    @APIResponse(responseCode = "200", description = "A page of disclosures, oldest first")
    @APIResponse(responseCode = "404", description = "No such report")
    public PageResponse<DisclosureResponse> listReporterIdentityDisclosures(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36, pattern = ID))
            @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        return service.log(id, page).map(DisclosureResponse::of);
    }
}
