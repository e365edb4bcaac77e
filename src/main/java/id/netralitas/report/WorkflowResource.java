package id.netralitas.report;

import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.Ids;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The handling workflow: case and track transitions, follow-up monitoring, history. */
@Path("/api/v1/reports")
@Tag(name = "Report workflow")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowResource {

    static final String NIP_PATTERN = "^[0-9]{18}$";

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
    @Operation(operationId = "transitionReport", summary = "Move a case to its next state",
            description = "Requires `If-Match` with the report's ETag. Intake and Bawaslu stages are for `bawaslu`, "
                    + "verification and recommendation for `verifier`, reopening for `admin`; the report's "
                    + "`allowedActions` lists what the caller may do now. An action the caller's role never takes is 403, "
                    + "one not possible in the current state is 409; both name the current state and the allowed actions.")
    @APIResponse(responseCode = "200", description = "The report after the transition",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 24)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "404", description = "No such report, or not in the caller's scope")
    @APIResponse(responseCode = "409", description = "Not possible in the current state (`currentState`, `allowedActions`)")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "A named report, employee or sanction does not exist or is not allowed "
            + "(`allowedSanctions`)")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response transitionReport(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("id") String id,
            @Parameter(description = "The report's ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 24))
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TransitionRequests.CaseTransition request) {
        return cases.transition(id, request, ifMatch).ok();
    }

    @GET
    @Path("{id}/employees/{nip}")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.MONITOR})
    @Operation(operationId = "getReportTrack", summary = "One reported employee's follow-up")
    @APIResponse(responseCode = "200", description = "The track",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 24)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrackResponse.class)))
    @APIResponse(responseCode = "404", description = "No such report or track, or not in the caller's scope")
    public Response getReportTrack(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("id") String id,
            @Parameter(description = "NIP", schema = @Schema(type = SchemaType.STRING, maxLength = 18,
                    pattern = NIP_PATTERN)) @PathParam("nip") String nip) {
        return reads.track(id, nip).ok();
    }

    @POST
    @Path("{id}/employees/{nip}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionReportTrack", summary = "Move one reported employee's follow-up",
            description = "Requires `If-Match` with the track's ETag. The follow-up (IMPOSE_SANCTION, EMPLOYEE_LEFT, "
                    + "FILE_OBJECTION, FILE_APPEAL) is for the PPK of the employee's agency only; escalation (PERINGATAN, "
                    + "then TEGURAN, then BLOKIR_DATA, which blocks the employee's personnel data) for `verifier` once the "
                    + "follow-up is overdue; appeal outcomes for `verifier`. Recording the decree lifts a block. When every "
                    + "track is closed the case becomes SELESAI.")
    @APIResponse(responseCode = "200", description = "The track after the transition",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 24)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrackResponse.class)))
    @APIResponse(responseCode = "404", description = "No such report or track, or not in the caller's scope")
    @APIResponse(responseCode = "409", description = "Not possible in the current state, or not overdue for an escalation")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "The sanction is not allowed (`allowedSanctions`)")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response transitionReportTrack(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("id") String id,
            @Parameter(description = "NIP", schema = @Schema(type = SchemaType.STRING, maxLength = 18,
                    pattern = NIP_PATTERN)) @PathParam("nip") String nip,
            @Parameter(description = "The track's ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 24))
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TransitionRequests.TrackTransition request) {
        return tracks.transition(id, nip, request, ifMatch).ok();
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    @Operation(operationId = "listReportHistory", summary = "Every change to a case, oldest first",
            description = "Append-only and hash-chained (see /audit/verify): intake, transitions, evidence, messages, "
                    + "with actor, role, time, before/after, legal basis and document numbers. Who filed the report "
                    + "(the actor of RECEIVED) is shown only to callers who see the reporter; a public submission is "
                    + "recorded as `reporter`, never by its account.")
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "404", description = "No such report, or not in the caller's scope")
    public PageResponse<EventResponse> listReportHistory(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        return reads.history(id, page);
    }
}
