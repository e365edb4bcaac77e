package id.netralitas.pact;

import id.netralitas.common.security.Roles;
import id.netralitas.common.web.Tagged;
import id.netralitas.pact.api.TemplateRequest;
import id.netralitas.pact.api.TemplateResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** The pakta integritas of an election, in versions: public reads, admin writes. */
@Path("/api/v1/elections/{code}/pact-templates")
@Produces(MediaType.APPLICATION_JSON)
public class PactTemplateResource {

    @Inject
    PactTemplateService service;

    @GET
    @PermitAll
    public List<TemplateResponse> listPactTemplates(@PathParam("code") String code) {
        return service.list(code);
    }

    @GET
    @Path("{version}")
    @PermitAll
    public Response getPactTemplate(
            @PathParam("code") String code,
            @PathParam("version") @Min(1) @Max(100000) int version) {
        return service.get(code, version).ok();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createPactTemplate(@PathParam("code") String code, @NotNull @Valid TemplateRequest request) {
        Tagged<TemplateResponse> t = service.create(code, request);
        return t.created(URI.create("/api/v1/elections/" + t.body().electionCode() + "/pact-templates/" + t.body().version()));
    }

    @PUT
    @Path("{version}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updatePactTemplate(
            @PathParam("code") String code,
            @PathParam("version") @Min(1) @Max(100000) int version,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TemplateRequest request) {
        return service.update(code, version, ifMatch, request).ok();
    }
}
