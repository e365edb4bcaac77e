package id.netralitas.report;

import id.netralitas.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;

/** Evidence of a report, for officers: adding files and links, listing them, downloading a file. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportEvidenceResource {

    @Inject
    ReportEvidenceService evidence;

    @POST
    @Path("{id}/evidence")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addReportEvidence(@PathParam("id") String id, @BeanParam EvidenceForm form) {
        return Response.status(201).entity(evidence.add(id, form.submission())).build();
    }

    @GET
    @Path("{id}/evidence")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    public List<EvidenceResponse> listReportEvidence(@PathParam("id") String id) {
        return evidence.list(id);
    }

    @GET
    @Path("{id}/evidence/{evidenceId}/content")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    @Produces(MediaType.WILDCARD)
    public Response getReportEvidenceContent(
            @PathParam("id") String id,
            @PathParam("evidenceId") String evidenceId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return evidence.download(id, evidenceId).response(ifNoneMatch);
    }
}
