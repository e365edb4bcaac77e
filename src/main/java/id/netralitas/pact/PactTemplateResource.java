package id.netralitas.pact;

import id.netralitas.common.error.Problem;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.EntityTags;
import id.netralitas.pact.api.PactFormats;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pakta integritas of an election, in versions: public reads, admin writes. */
@Path("/api/v1/elections/{code}/pact-templates")
@Tag(name = "Pakta integritas")
@Produces(MediaType.APPLICATION_JSON)
public class PactTemplateResource {

    @Inject
    PactTemplateService service;

    @GET
    @PermitAll
    @Operation(operationId = "listPactTemplates", summary = "Versions of an election's pact",
            description = "Every version, oldest first, with whether it has been signed.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = TemplateResponse.class, maxItems = 1000)))
    @APIResponse(responseCode = "404", description = "No election has this code (`ELECTION_NOT_FOUND`)")
    public List<TemplateResponse> listPactTemplates(
            @Parameter(description = "Election code", example = "PEMILU-2024", schema = @Schema(type = SchemaType.STRING,
                    maxLength = 40, pattern = PactFormats.ELECTION_PATTERN)) @PathParam("code") String code) {
        return service.list(code);
    }

    @GET
    @Path("{version}")
    @PermitAll
    @Operation(operationId = "getPactTemplate", summary = "One version of an election's pact")
    @APIResponse(responseCode = "200", description = "The version",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TemplateResponse.class)))
    @APIResponse(responseCode = "404", description = "No such election or version (`ELECTION_NOT_FOUND`, "
            + "`PACT_TEMPLATE_NOT_FOUND`)")
    public Response getPactTemplate(
            @Parameter(description = "Election code", example = "PEMILU-2024", schema = @Schema(type = SchemaType.STRING,
                    maxLength = 40, pattern = PactFormats.ELECTION_PATTERN)) @PathParam("code") String code,
            @Parameter(description = "Template version", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "100000")) @PathParam("version") @Min(1) @Max(100000) int version) {
        return tagged(Response.ok(), service.get(code, version));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPactTemplate", summary = "Add the next version of an election's pact",
            description = "Admin only. The version number is the next free one; a change to a signed version is made "
                    + "this way.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "URL of the new version",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2048)),
                    @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 32))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TemplateResponse.class)))
    @APIResponse(responseCode = "404", description = "No election has this code (`ELECTION_NOT_FOUND`)")
    @APIResponse(responseCode = "409", description = "Another version was added at the same moment (`CONFLICT`)")
    public Response createPactTemplate(
            @Parameter(description = "Election code", example = "PEMILU-2024", schema = @Schema(type = SchemaType.STRING,
                    maxLength = 40, pattern = PactFormats.ELECTION_PATTERN)) @PathParam("code") String code,
            @NotNull @Valid TemplateRequest request) {
        Versioned<TemplateResponse> t = service.create(code, request);
        return tagged(Response.created(URI.create("/api/v1/elections/" + t.body().electionCode() + "/pact-templates/"
                + t.body().version())), t);
    }

    @PUT
    @Path("{version}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePactTemplate", summary = "Correct a version nobody has signed yet",
            description = "Admin only; requires `If-Match`. A version with signatures never changes: the answer is 409 "
                    + "`PACT_TEMPLATE_SIGNED`, and the change is added as a new version with POST.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TemplateResponse.class)))
    @APIResponse(responseCode = "404", description = "No such election or version")
    @APIResponse(responseCode = "409", description = "The version has signatures (`PACT_TEMPLATE_SIGNED`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` is stale")
    @APIResponse(responseCode = "428", description = "`If-Match` is missing")
    public Response updatePactTemplate(
            @Parameter(description = "Election code", example = "PEMILU-2024", schema = @Schema(type = SchemaType.STRING,
                    maxLength = 40, pattern = PactFormats.ELECTION_PATTERN)) @PathParam("code") String code,
            @Parameter(description = "Template version", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "100000")) @PathParam("version") @Min(1) @Max(100000) int version,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag last read; required",
                    example = "\"0\"", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TemplateRequest request) {
        return tagged(Response.ok(), service.update(code, version, ifMatch, request));
    }

    private static Response tagged(Response.ResponseBuilder response, Versioned<TemplateResponse> template) {
        return response.entity(template.body()).header(HttpHeaders.ETAG, EntityTags.of(template.version())).build();
    }
}
