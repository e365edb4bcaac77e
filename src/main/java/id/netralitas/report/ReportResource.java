package id.netralitas.report;

import id.netralitas.common.csv.CsvExport;
import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortParam;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.ClientKeys;
import id.netralitas.common.web.RateLimited;
import id.netralitas.common.web.Tagged;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;

/** Violation reports: intake from every channel, searching and reading (evidence and messages have their own resources). */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportIntakeService intake;

    @Inject
    ReportQueryService queries;

    @Inject
    ReportViews views;

    @Inject
    Caller caller;

    @Inject
    IdempotencyService idempotency;

    @Inject
    IdentityAccessService identityAccess;

    @Inject
    HttpServerRequest httpRequest;

    @Inject
    ReportCorrections corrections;

    @POST
    @PermitAll
    @RateLimited(value = ReportClientLimits.PUBLIC_REPORT,
            exempt = {Roles.ADMIN, Roles.BAWASLU, Roles.VERIFIER, Roles.PPK})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submitReport(
            @NotNull @Valid ReportRequest request,
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        Submitter submitter = IntakePolicy.submitter(caller);
        // Keys are per account; callers without one share an address, not one namespace for everybody.
        String keyScope = caller.isAnonymous() ? "report:public:" + ClientKeys.of(httpRequest)
                : "report:" + submitter.name();
        Optional<ReportIntakeService.Idempotency> key = IdempotencyService.key(idempotencyKey)
                .map(k -> new ReportIntakeService.Idempotency(keyScope, k, idempotency.requestHash(request)));
        ReportIntakeService.Submission result = intake.submit(request, submitter, key);
        return Response.status(result.created() ? 201 : 200)
                .location(URI.create("/api/v1/reports/" + result.body().report().id())).entity(result.body()).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.MONITOR})
    public PageResponse<ReportResponse> listReports(@Valid @BeanParam ReportFilterParams filter,
                                                    @Valid @BeanParam PageParams page) {
        return views.page(queries.list(filter.filter(), page));
    }

    /** {@code listReports} as CSV (documented there): every matching report, streamed. */
    @GET
    @Produces(CsvExport.PRODUCES)
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.MONITOR})
    public Response exportReports(
            @Valid @BeanParam ReportFilterParams filter,
            @Valid @BeanParam SortParam sorting) {
        ReportQueryService.Export export = queries.export(filter.filter(), sorting.sort);
        return CsvExport.response("reports.csv", ReportCsv.COLUMNS,
                sink -> queries.forEach(export, r -> sink.accept(views.of(r))));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.MONITOR})
    public Response getReport(@PathParam("id") String id) {
        Report report = queries.get(id);
        ReportResponse view = views.of(report);
        if (view.reporter() != null) {
            identityAccess.logIntakeRead(report.id, "getReport");
        }
        return Tagged.ok(view, report.version);
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response correctReport(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ReportCorrection correction) {
        return corrections.correct(id, correction, ifMatch).ok();
    }
}
