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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The reported employee's own cases, read and answered with an {@code asn} token carrying their NIP. */
@Path("/api/v1/me/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ASN)
public class MyCaseResource {

    @Inject
    MyCaseService cases;

    @GET
    public PageResponse<MyCaseDtos.MyCaseResponse> listMyCases(@Valid @BeanParam PageParams page) {
        return cases.list(page);
    }

    @GET
    @Path("{id}")
    public MyCaseDtos.MyCaseResponse getMyCase(@PathParam("id") String id) {
        return cases.get(id);
    }

    @POST
    @Path("{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response respondToMyCase(@PathParam("id") String id, @NotNull @Valid MyCaseDtos.ResponseRequest request) {
        return Response.status(Response.Status.CREATED).entity(cases.respond(id, request)).build();
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addMyCaseEvidence(@PathParam("id") String id, @BeanParam EvidenceForm form) {
        return Response.status(Response.Status.CREATED).entity(cases.addEvidence(id, form.submission())).build();
    }

    @POST
    @Path("{id}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    public MyCaseDtos.MyCaseResponse objectToMySanction(@PathParam("id") String id,
            @NotNull @Valid MyCaseDtos.ObjectionRequest request) {
        return cases.object(id, request);
    }
}
