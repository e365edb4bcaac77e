package id.netralitas.report;

import id.netralitas.common.web.Ids;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.EntityTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
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
    WorkflowService workflow;

    @Inject
    ReportQueryService queries;

    @Inject
    ReportViews views;

    @Inject
    ReportEventRepository events;

    @Inject
    ReportAccess access;

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
    @Transactional
    public Response transitionReport(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("id") String id,
            @Parameter(description = "The report's ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 24))
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TransitionRequests.CaseTransition request) {
        Report report = workflow.transition(id, request, ifMatch);
        return Response.ok(views.of(report)).tag(EntityTags.header(report.version)).build();
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
        ReportTrack track = workflow.track(queries.get(id), nip);
        return Response.ok(views.of(track)).tag(EntityTags.header(track.version)).build();
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
    @Transactional
    public Response transitionReportTrack(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("id") String id,
            @Parameter(description = "NIP", schema = @Schema(type = SchemaType.STRING, maxLength = 18,
                    pattern = NIP_PATTERN)) @PathParam("nip") String nip,
            @Parameter(description = "The track's ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 24))
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TransitionRequests.TrackTransition request) {
        ReportTrack track = workflow.transitionTrack(id, nip, request, ifMatch);
        return Response.ok(views.of(track)).tag(EntityTags.header(track.version)).build();
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
        Report report = queries.get(id);
        boolean identity = access.seesReporter(report);
        return events.of(report, page).map(e -> EventResponse.of(e, identity));
    }

    @Schema(name = "ReportEvent", description = "One entry of a case's history")
    public record EventResponse(
            @Schema(description = "Position in the whole log", format = "int64", minimum = "1",
                    maximum = "9007199254740991") long seq,
            ReportEvent.Type type,
            @Schema(maxLength = 40) String action,
            @Schema(maxLength = 40) String fromState,
            @Schema(maxLength = 40) String toState,
            @Schema(description = "The employee's NIP, for a track event", maxLength = 18) String nip,
            @Schema(maxLength = 100) String actor,
            @Schema(maxLength = 20) String actorRole,
            @Schema(format = "date-time", maxLength = 35) Instant occurredAt,
            @Schema(maxLength = 5000) String note,
            @Schema(maxLength = 500) String legalBasis,
            @Schema(maxLength = 100) String documentNumber,
            @Schema(description = "Changed fields, one `field: before -> after` per line", maxLength = 20000) String details,
            @Schema(maxLength = 64, pattern = "^[0-9a-f]{64}$") String hash) {

        static EventResponse of(ReportEvent e, boolean withSubmitter) {
            String actor = e.type == ReportEvent.Type.RECEIVED && !withSubmitter ? null : e.actor;
            return new EventResponse(e.seq, e.type, e.action, e.fromState, e.toState, e.trackNip, actor, e.actorRole,
                    e.occurredAt, e.note, e.legalBasis, e.documentNumber, e.details, e.hash);
        }
    }
}
