package id.netralitas.report;

import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Monitoring of the PPKs' follow-up, employee by employee, across cases. */
@Path("/api/v1/report-tracks")
@Tag(name = "Report workflow")
@Produces(MediaType.APPLICATION_JSON)
public class ReportTrackResource {

    @Inject
    ReportQueryService queries;

    @Inject
    ReportViews views;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.MONITOR})
    @Operation(operationId = "listReportTracks", summary = "Follow-up of recommendations, employee by employee",
            description = "For monitoring PPKs: a PPK sees its own agency's. Sort fields: `deadlineDue` (default), "
                    + "`recommendedAt`.")
    @APIResponse(responseCode = "200", description = "A page of tracks")
    public PageResponse<TrackResponse> listReportTracks(
            @QueryParam("status") TrackStatus status,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 40)) @QueryParam("agencyCode")
            @Size(max = 40) String agencyCode,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 40)) @QueryParam("electionCode")
            @Size(max = 40) String electionCode,
            @Parameter(description = "Only follow-ups past (or within) the PPK's deadline") @QueryParam("overdue")
            Boolean overdue,
            @QueryParam("escalationLevel") EscalationLevel escalationLevel,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 18, pattern = WorkflowResource.NIP_PATTERN))
            @QueryParam("nip") @Size(max = 18) String nip,
            @Valid @BeanParam PageParams page) {
        return queries.listTracks(new ReportQueryService.TrackFilter(status, agencyCode, electionCode, overdue,
                escalationLevel, nip), page).map(views::of);
    }
}
