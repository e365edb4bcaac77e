package id.netralitas.regulation;

import id.netralitas.common.openapi.IfMatchParam;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.EntityTags;
import id.netralitas.common.web.QueryDates;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Regulations and their articles: public reads, admin edits in place with If-Match. */
@Path("/api/v1/regulations")
@Tag(name = "Regulations")
@Produces(MediaType.APPLICATION_JSON)
public class RegulationResource {

    @Inject
    RegulationService service;

    @GET
    @PermitAll
    @Operation(operationId = "listRegulations", summary = "List regulations",
            description = "Filters combine with AND. `inForceOn` keeps the regulations in force on that date (effective "
                    + "on or before it and not yet repealed). Sort fields: `year`, `code`, `effectiveDate`, `kind`, "
                    + "`citation`; default `-year,code`.")
    @APIResponse(responseCode = "200", description = "A page of regulations")
    public PageResponse<RegulationResponse> listRegulations(
            @Parameter(description = "Only this kind") @QueryParam("kind") RegulationKind kind,
            @Parameter(description = "Only this year", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1900", maximum = "2199"), example = "2021")
            @QueryParam("year") @Min(1900) @Max(2199) Integer year,
            @Parameter(description = "Only those in force on this date (YYYY-MM-DD)", example = "2024-06-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = QueryDates.PATTERN))
            @QueryParam("inForceOn") String inForceOn,
            @Parameter(description = "Case-insensitive search in code, citation and title", example = "disiplin")
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @Valid @BeanParam PageParams page) {
        RegulationService.Filter filter = new RegulationService.Filter(kind, year,
                QueryDates.parse(inForceOn, "inForceOn"), q);
        return service.list(filter, page).map(RegulationResponse::of);
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "getRegulation", summary = "Get a regulation by code",
            description = "Codes are upper case: `UU-20-2023`, `PP-94-2021`, `SKB-2022`, `PUTUSAN-MK-121-PUU-XXII-2024`.")
    @APIResponse(responseCode = "200", description = "The regulation",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegulationResponse.class)))
    @APIResponse(responseCode = "404", description = "No regulation has this code (`REGULATION_NOT_FOUND`)")
    public Response getRegulation(
            @Parameter(description = "Regulation code", example = "PP-94-2021",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 80, pattern = LegalReference.REGULATION_CODE_PATTERN))
            @PathParam("code") String code) {
        Regulation regulation = service.get(code);
        return Response.ok(RegulationResponse.of(regulation)).header(HttpHeaders.ETAG, EntityTags.of(regulation.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRegulation", summary = "Add a regulation",
            description = "Admin only. `citation` defaults to the kind's label with number and year. When `repealedBy` "
                    + "is given without `inForceUntil`, the regulation stays in force until the day before the "
                    + "repealing one takes effect.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "URL of the new regulation",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2048)),
                    @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 32))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegulationResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is taken (`REGULATION_CODE_EXISTS`)")
    @APIResponse(responseCode = "422", description = "`repealedBy` or `scopeRegionCode` names nothing that exists")
    public Response createRegulation(@NotNull @Valid RegulationRequest request, @Context UriInfo uri) {
        Regulation regulation = service.create(request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/regulations").path(regulation.code).build())
                .entity(RegulationResponse.of(regulation))
                .header(HttpHeaders.ETAG, EntityTags.of(regulation.version)).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateRegulation", summary = "Replace a regulation's data",
            description = "Admin only; edited in place (nothing cites a regulation's text by version). Requires "
                    + "`If-Match` with the ETag last read. The body's `code`, if given, must equal the path.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegulationResponse.class)))
    @APIResponse(responseCode = "404", description = "No regulation has this code (`REGULATION_NOT_FOUND`)")
    @APIResponse(responseCode = "412", description = "`If-Match` is stale")
    @APIResponse(responseCode = "422", description = "`repealedBy` or `scopeRegionCode` names nothing that exists")
    @APIResponse(responseCode = "428", description = "`If-Match` is missing")
    public Response updateRegulation(
            @Parameter(description = "Regulation code", example = "PP-94-2021",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 80, pattern = LegalReference.REGULATION_CODE_PATTERN))
            @PathParam("code") String code,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid RegulationRequest request) {
        Regulation regulation = service.update(code, ifMatch.value, request);
        return Response.ok(RegulationResponse.of(regulation)).header(HttpHeaders.ETAG, EntityTags.of(regulation.version)).build();
    }

    // ------------------------------------------------------------------ articles

    @GET
    @Path("{code}/articles")
    @PermitAll
    @Operation(operationId = "listRegulationArticles", summary = "List the articles of a regulation",
            description = "In reading order (Pasal 5 before Pasal 14; a pasal before its ayat, huruf and angka). "
                    + "Only the articles this service refers to are recorded, each summarised in our own words.")
    @APIResponse(responseCode = "200", description = "A page of articles")
    @APIResponse(responseCode = "404", description = "No regulation has this code (`REGULATION_NOT_FOUND`)")
    public PageResponse<ArticleDtos.ArticleResponse> listRegulationArticles(
            @Parameter(description = "Regulation code", example = "PP-94-2021",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 80, pattern = LegalReference.REGULATION_CODE_PATTERN))
            @PathParam("code") String code,
            @Parameter(description = "Only this pasal", example = "5",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 5, pattern = LegalReference.PASAL_PATTERN))
            @QueryParam("pasal") @Size(max = 5) @Pattern(regexp = LegalReference.PASAL_PATTERN)
            String pasal,
            @Valid @BeanParam PageParams page) {
        return service.articles(code, pasal, page).map(ArticleDtos.ArticleResponse::of);
    }

    @GET
    @Path("{code}/articles/{articleKey}")
    @PermitAll
    @Operation(operationId = "getRegulationArticle", summary = "Get one article",
            description = "The article key joins the parts: `pasal-5-huruf-n-angka-7`, `pasal-87-ayat-4-huruf-c`, `pasal-14`.")
    @APIResponse(responseCode = "200", description = "The article",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleDtos.ArticleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such regulation (`REGULATION_NOT_FOUND`) or article (`ARTICLE_NOT_FOUND`)")
    public Response getRegulationArticle(
            @Parameter(description = "Regulation code", example = "PP-94-2021",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 80, pattern = LegalReference.REGULATION_CODE_PATTERN))
            @PathParam("code") String code,
            @Parameter(description = "Article key", example = "pasal-5-huruf-n-angka-7",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = LegalReference.ARTICLE_KEY_PATTERN))
            @PathParam("articleKey") String articleKey) {
        RegulationArticle article = service.article(code, articleKey);
        return Response.ok(ArticleDtos.ArticleResponse.of(article)).header(HttpHeaders.ETAG, EntityTags.of(article.version)).build();
    }

    @POST
    @Path("{code}/articles")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRegulationArticle", summary = "Add an article to a regulation",
            description = "Admin only. The summary is a short paraphrase in our own words, not the legal text.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "URL of the new article",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2048)),
                    @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 32))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleDtos.ArticleResponse.class)))
    @APIResponse(responseCode = "404", description = "No regulation has this code (`REGULATION_NOT_FOUND`)")
    @APIResponse(responseCode = "409", description = "The article is already recorded (`ARTICLE_EXISTS`)")
    public Response createRegulationArticle(
            @Parameter(description = "Regulation code", example = "PP-94-2021",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 80, pattern = LegalReference.REGULATION_CODE_PATTERN))
            @PathParam("code") String code,
            @NotNull @Valid ArticleDtos.ArticleRequest request, @Context UriInfo uri) {
        RegulationArticle article = service.createArticle(code, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/regulations").path(article.regulation.code)
                        .path("articles").path(article.key()).build())
                .entity(ArticleDtos.ArticleResponse.of(article))
                .header(HttpHeaders.ETAG, EntityTags.of(article.version)).build();
    }

    @PUT
    @Path("{code}/articles/{articleKey}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateRegulationArticle", summary = "Change an article's summary or note",
            description = "Admin only; requires `If-Match`. The parts (pasal, ayat, huruf, angka) identify the article "
                    + "and cannot change: add the right article instead.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleDtos.ArticleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such regulation (`REGULATION_NOT_FOUND`) or article (`ARTICLE_NOT_FOUND`)")
    @APIResponse(responseCode = "412", description = "`If-Match` is stale")
    @APIResponse(responseCode = "428", description = "`If-Match` is missing")
    public Response updateRegulationArticle(
            @Parameter(description = "Regulation code", example = "PP-94-2021",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 80, pattern = LegalReference.REGULATION_CODE_PATTERN))
            @PathParam("code") String code,
            @Parameter(description = "Article key", example = "pasal-5-huruf-n-angka-7",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = LegalReference.ARTICLE_KEY_PATTERN))
            @PathParam("articleKey") String articleKey,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid ArticleDtos.ArticleUpdate request) {
        RegulationArticle article = service.updateArticle(code, articleKey, ifMatch.value, request);
        return Response.ok(ArticleDtos.ArticleResponse.of(article)).header(HttpHeaders.ETAG, EntityTags.of(article.version)).build();
    }
}
