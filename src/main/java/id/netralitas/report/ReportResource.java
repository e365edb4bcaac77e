package id.netralitas.report;

import id.netralitas.common.csv.CsvExport;
import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.ClientKeys;
import id.netralitas.common.web.EntityTags;
import id.netralitas.common.web.Ids;
import id.netralitas.common.web.RateLimited;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Violation reports: intake from every channel, searching and reading (evidence and messages have their own resources). */
@Path("/api/v1/reports")
@Tag(name = "Reports")
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

    @POST
    @PermitAll
    @RateLimited(value = ReportClientLimits.PUBLIC_REPORT, roles = {RateLimited.ANONYMOUS, Roles.ASN})
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitReport", summary = "Submit a report",
            description = "Without a token (or with an `asn` token) this is the public portal: origin LAPORAN, channel "
                    + "PORTAL, anonymous or with the reporter's identity; the answer carries the case number and, once only, "
                    + "the receipt to follow the case at /receipts/{receipt}. Public submissions are limited per client "
                    + "address (429 with Retry-After). `bawaslu` registers LAPORAN, TEMUAN and PENERUSAN with its register "
                    + "number (`source` + `externalId`): sending the same reference again answers 200 with the existing "
                    + "report. `verifier` and `ppk` record INTERNAL reports (a ppk about its own agency's employees). "
                    + "A report received after the election's reporting deadline is accepted and flagged `lateReport`. "
                    + "With `Idempotency-Key`, a retry returns the first report (200) without a new receipt.")
    @APIResponse(responseCode = "201", description = "Received",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportIntakeResponse.class)))
    @APIResponse(responseCode = "200", description = "Already registered (same external reference, or an Idempotency-Key replay)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportIntakeResponse.class)))
    @APIResponse(responseCode = "422", description = "The election, region, violation types or named employees do not "
            + "exist, or a type is not valid on the incident date; or the Idempotency-Key was used for another request")
    @APIResponse(responseCode = "403", description = "The caller may not submit this origin or channel, or (a ppk) about "
            + "another agency's employees")
    @APIResponse(responseCode = "409", description = "No supervising authority is configured for the receipt date")
    public Response submitReport(
            @NotNull @Valid ReportRequest request,
            @Parameter(description = "Makes a retry return the first report",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 255, pattern = "^[\\x21-\\x7E]{1,255}$"))
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
    @Operation(operationId = "listReports", summary = "Search reports",
            description = "In the caller's scope (docs/security.md): a PPK sees only reports naming an employee of its "
                    + "own agency and only its own agency's tracks; a regional officer (token claim `region`) only cases "
                    + "whose incident region or a reported employee's agency lies in that region. The reporter is shown "
                    + "only to the intake unit in scope (bawaslu, verifier; for a confidential report bawaslu of the "
                    + "incident region). "
                    + "`regionCode` includes the regions below it. Dates are days in WIB. Sort fields: `receivedAt` "
                    + "(default, newest first with `-receivedAt`), `caseNumber`, `incidentDate`.")
    @APIResponse(responseCode = "200", description = "A page of reports")
    @Extension(name = CsvExport.OPENAPI_EXTENSION, value = ReportCsv.HEADER)
    public PageResponse<ReportResponse> listReports(@Valid @BeanParam ReportFilterParams filter,
                                                    @Valid @BeanParam PageParams page) {
        return views.page(queries.list(filter.filter(), page));
    }

    /** {@code listReports} as CSV (documented there): every matching report, streamed. */
    @GET
    @Produces(CsvExport.PRODUCES)
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.MONITOR})
    @Operation(hidden = true)
    public Response exportReports(
            @Valid @BeanParam ReportFilterParams filter,
            @QueryParam("sort") @Size(max = 200) @Pattern(regexp = "^-?[A-Za-z]+(,-?[A-Za-z]+)*$") String sort) {
        ReportQueryService.Export export = queries.export(filter.filter(), sort);
        return CsvExport.response("reports.csv", ReportCsv.COLUMNS,
                sink -> queries.forEach(export, r -> sink.accept(views.of(r))));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.MONITOR})
    @Operation(operationId = "getReport", summary = "Get a report",
            description = "A report outside the caller's scope (docs/security.md) is 404.")
    @APIResponse(responseCode = "200", description = "The report",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 24)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "404", description = "No such report, or not in the caller's scope")
    public Response getReport(@Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING,
            maxLength = 36, pattern = Ids.UUID_PATTERN)) @PathParam("id") String id) {
        Report report = queries.get(id);
        ReportResponse view = views.of(report);
        if (view.reporter() != null) {
            identityAccess.logIntakeRead(report.id, "getReport");
        }
        return Response.ok(view).tag(EntityTags.header(report.version)).build();
    }
}
