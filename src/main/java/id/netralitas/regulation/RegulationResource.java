package id.netralitas.regulation;

import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.QueryDates;
import id.netralitas.common.web.Tagged;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Regulations and their articles: public reads, admin edits in place with If-Match. */
@Path("/api/v1/regulations")
@Produces(MediaType.APPLICATION_JSON)
public class RegulationResource {

    @Inject
    RegulationService service;

    @GET
    @PermitAll
    public PageResponse<RegulationResponse> listRegulations(
            @QueryParam("kind") RegulationKind kind,
            @QueryParam("year") @Min(1900) @Max(2199) Integer year,
            @QueryParam("inForceOn") String inForceOn,
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @Valid @BeanParam PageParams page) {
        RegulationService.Filter filter = new RegulationService.Filter(kind, year,
                QueryDates.parse(inForceOn, "inForceOn"), q);
        return service.list(filter, page).map(RegulationResponse::of);
    }

    @GET
    @Path("{code}")
    @PermitAll
    public Response getRegulation(@PathParam("code") String code) {
        Regulation regulation = service.get(code);
        return Tagged.ok(RegulationResponse.of(regulation), regulation.version);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createRegulation(@NotNull @Valid RegulationRequest request, @Context UriInfo uri) {
        Regulation regulation = service.create(request);
        return new Tagged<>(RegulationResponse.of(regulation), regulation.version)
                .created(uri.getBaseUriBuilder().path("api/v1/regulations").path(regulation.code).build());
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateRegulation(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RegulationRequest request) {
        Regulation regulation = service.update(code, ifMatch, request);
        return Tagged.ok(RegulationResponse.of(regulation), regulation.version);
    }

    // ------------------------------------------------------------------ articles

    @GET
    @Path("{code}/articles")
    @PermitAll
    public PageResponse<ArticleDtos.ArticleResponse> listRegulationArticles(
            @PathParam("code") String code,
            @QueryParam("pasal") @Size(max = 5) @Pattern(regexp = LegalReference.PASAL_PATTERN) String pasal,
            @Valid @BeanParam PageParams page) {
        return service.articles(code, pasal, page).map(ArticleDtos.ArticleResponse::of);
    }

    @GET
    @Path("{code}/articles/{articleKey}")
    @PermitAll
    public Response getRegulationArticle(@PathParam("code") String code, @PathParam("articleKey") String articleKey) {
        RegulationArticle article = service.article(code, articleKey);
        return Tagged.ok(ArticleDtos.ArticleResponse.of(article), article.version);
    }

    @POST
    @Path("{code}/articles")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createRegulationArticle(
            @PathParam("code") String code,
            @NotNull @Valid ArticleDtos.ArticleRequest request, @Context UriInfo uri) {
        RegulationArticle article = service.createArticle(code, request);
        return new Tagged<>(ArticleDtos.ArticleResponse.of(article), article.version).created(uri.getBaseUriBuilder()
                .path("api/v1/regulations").path(article.regulation.code).path("articles").path(article.key()).build());
    }

    @PUT
    @Path("{code}/articles/{articleKey}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateRegulationArticle(
            @PathParam("code") String code,
            @PathParam("articleKey") String articleKey,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ArticleDtos.ArticleUpdate request) {
        RegulationArticle article = service.updateArticle(code, articleKey, ifMatch, request);
        return Tagged.ok(ArticleDtos.ArticleResponse.of(article), article.version);
    }
}
