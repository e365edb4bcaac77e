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

/** Monitoring of the PPKs' follow-up, employee by employee, across cases. */
@Path("/api/v1/report-tracks")
@Produces(MediaType.APPLICATION_JSON)
public class ReportTrackResource {

    @Inject
    ReportQueryService queries;

    @Inject
    ReportViews views;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.MONITOR})
    public PageResponse<TrackResponse> listReportTracks(
            @QueryParam("status") TrackStatus status,
            @QueryParam("agencyCode") @Size(max = 40) String agencyCode,
            @QueryParam("electionCode") @Size(max = 40) String electionCode,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("escalationLevel") EscalationLevel escalationLevel,
            @QueryParam("nip") @Size(max = 18) String nip,
            @QueryParam("decreeNumber") @Size(max = 100) String decreeNumber,
            @Valid @BeanParam PageParams page) {
        return queries.listTracks(new ReportQueryService.TrackFilter(status, agencyCode, electionCode, overdue,
                escalationLevel, nip, decreeNumber), page).map(views::of);
    }
}
