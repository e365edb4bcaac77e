package id.netralitas.report;

import id.netralitas.common.web.Ids;
import id.netralitas.common.security.Hashes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netralitas.common.csv.CsvColumns;
import id.netralitas.common.csv.CsvExport;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.Problem;
import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.ClientKeys;
import id.netralitas.common.web.ClientLimits;
import id.netralitas.common.web.EntityTags;
import id.netralitas.regulation.CandidatePhase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Violation reports: intake from every channel, reading, evidence and messages. */
@Path("/api/v1/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    static final String PUBLIC_POLICY = "public-report";

    static final String CSV_HEADER = "id,caseNumber,origin,channel,electionCode,status,receivedAt,incidentDate,knownDate,"
            + "incidentRegionCode,incidentPlace,violationTypes,reportedNips,reportedNames,reportedAgencies,anonymous,"
            + "confidential,reporterName,reporterNik,reporterPhone,reporterEmail,reporterAddress,source,externalId,"
            + "lateReport,registrationNumber,deadlineKind,deadlineDue,overdue,recommendationNumber,recommendationDate,"
            + "description,updatedAt";

    /**
     * The CSV columns: the JSON view flattened (lists joined with "; "); the reporter columns are filled
     * exactly when the JSON view shows {@code reporter} to the same caller.
     */
    static final CsvColumns<ReportResponse> CSV = CsvColumns.of(ReportResponse.class)
            .add("id", ReportResponse::id).add("caseNumber", ReportResponse::caseNumber)
            .add("origin", ReportResponse::origin).add("channel", ReportResponse::channel)
            .add("electionCode", ReportResponse::electionCode).add("status", ReportResponse::status)
            .add("receivedAt", ReportResponse::receivedAt).add("incidentDate", ReportResponse::incidentDate)
            .add("knownDate", ReportResponse::knownDate).add("incidentRegionCode", ReportResponse::incidentRegionCode)
            .add("incidentPlace", ReportResponse::incidentPlace)
            .add("violationTypes", r -> r.violationTypes().stream().map(ReportResponse.ViolationTypeRef::code).toList())
            .add("reportedNips", r -> r.reportedEmployees().stream().map(e -> e.nip() == null ? "" : e.nip()).toList())
            .add("reportedNames", r -> r.reportedEmployees().stream().map(ReportResponse.ReportedEmployeeResponse::name)
                    .toList())
            .add("reportedAgencies", r -> r.reportedEmployees().stream()
                    .map(e -> e.agencyCode() != null ? e.agencyCode() : e.agencyText() == null ? "" : e.agencyText()).toList())
            .add("anonymous", ReportResponse::anonymous).add("confidential", ReportResponse::confidential)
            .add("reporterName", r -> r.reporter() == null ? null : r.reporter().name())
            .add("reporterNik", r -> r.reporter() == null ? null : r.reporter().nik())
            .add("reporterPhone", r -> r.reporter() == null ? null : r.reporter().phone())
            .add("reporterEmail", r -> r.reporter() == null ? null : r.reporter().email())
            .add("reporterAddress", r -> r.reporter() == null ? null : r.reporter().address())
            .add("source", ReportResponse::source).add("externalId", ReportResponse::externalId)
            .add("lateReport", ReportResponse::lateReport).add("registrationNumber", ReportResponse::registrationNumber)
            .add("deadlineKind", r -> r.deadline() == null ? null : r.deadline().kind())
            .add("deadlineDue", r -> r.deadline() == null ? null : r.deadline().dueDate())
            .add("overdue", r -> r.deadline() == null ? null : r.deadline().overdue())
            .add("recommendationNumber", r -> r.recommendation() == null ? null : r.recommendation().letterNumber())
            .add("recommendationDate", r -> r.recommendation() == null ? null : r.recommendation().letterDate())
            .add("description", ReportResponse::description).add("updatedAt", ReportResponse::updatedAt)
            .documentedAs(CSV_HEADER);

    @Inject
    ReportIntakeService intake;

    @Inject
    ReportQueryService queries;

    @Inject
    ReportViews views;

    @Inject
    EvidenceService evidence;

    @Inject
    ReportMessageService messages;

    @Inject
    ReportAccess access;

    @Inject
    Caller caller;

    @Inject
    ClientLimits limits;

    @Inject
    IdentityAccessService identityAccess;

    @Inject
    io.vertx.core.http.HttpServerRequest httpRequest;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "netralitas.public-intake.limit", defaultValue = "10")
    int publicLimit;

    @ConfigProperty(name = "netralitas.public-intake.window", defaultValue = "1H")
    Duration publicWindow;

    @POST
    @PermitAll
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
        ReportIntakeService.Submitter submitter = ReportIntakeService.Submitter.of(caller);
        if (submitter.isPublic()) {
            limits.acquire(PUBLIC_POLICY, publicLimit, publicWindow);
        }
        // Keys are per account; callers without one share an address, not one namespace for everybody.
        String keyScope = caller.isAnonymous() ? "report:public:" + ClientKeys.of(httpRequest)
                : "report:" + submitter.name();
        Optional<ReportIntakeService.Idempotency> key = IdempotencyService.key(idempotencyKey)
                .map(k -> new ReportIntakeService.Idempotency(keyScope, k, requestHash(request)));
        ReportIntakeService.Intake result = intake.submit(request, submitter, key);
        // Rendered from a fresh read: the intake's own transaction (and its entities) is closed by now.
        ReportIntakeResponse body = QuarkusTransaction.joiningExisting().call(() -> {
            Report report = queries.find(result.report().publicId);
            if (submitter.isPublic()) {
                return new ReportIntakeResponse(views.forPublicSubmitter(report, result.created()), result.receipt());
            }
            // A replay (same key, or the same external reference) shows only what this caller may read now.
            if (!result.created() && !access.inScope(report)) {
                throw ApiException.conflict("EXTERNAL_REFERENCE_CONFLICT");
            }
            return new ReportIntakeResponse(views.of(report), null);
        });
        return Response.status(result.created() ? 201 : 200)
                .location(URI.create("/api/v1/reports/" + result.report().publicId)).entity(body).build();
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
    @Extension(name = CsvExport.OPENAPI_EXTENSION, value = CSV_HEADER)
    public PageResponse<ReportResponse> listReports(
            @QueryParam("status") ReportStatus status,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 40)) @QueryParam("electionCode")
            @Size(max = 40) String electionCode,
            @Parameter(description = "Incident region, with the regions below it",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 13)) @QueryParam("regionCode")
            @Size(max = 13) String regionCode,
            @Parameter(description = "Agency of a named employee", schema = @Schema(type = SchemaType.STRING, maxLength = 40))
            @QueryParam("agencyCode") @Size(max = 40) String agencyCode,
            @Parameter(description = "NIP of a named employee", schema = @Schema(type = SchemaType.STRING, maxLength = 18,
                    pattern = "^[0-9]{18}$")) @QueryParam("nip") @Size(max = 18) String nip,
            @Parameter(description = "Suspected violation type code", schema = @Schema(type = SchemaType.STRING,
                    maxLength = 60)) @QueryParam("violationType") @Size(max = 60) String violationType,
            @QueryParam("origin") ReportOrigin origin,
            @QueryParam("channel") ReportChannel channel,
            @QueryParam("candidatePhase") CandidatePhase candidatePhase,
            @Parameter(description = "Received on or after this day", schema = @Schema(type = SchemaType.STRING,
                    format = "date", maxLength = 10)) @QueryParam("receivedFrom") LocalDate receivedFrom,
            @Parameter(description = "Received on or before this day", schema = @Schema(type = SchemaType.STRING,
                    format = "date", maxLength = 10)) @QueryParam("receivedTo") LocalDate receivedTo,
            @Parameter(description = "Only reports received after the reporting deadline (or only timely ones)")
            @QueryParam("late") Boolean late,
            @Parameter(description = "Only reports with (or without) likely duplicates")
            @QueryParam("possibleDuplicate") Boolean possibleDuplicate,
            @Parameter(description = "Only reports past a deadline: the case's current one, or a PPK follow-up "
                    + "(or, with false, none)") @QueryParam("overdue") Boolean overdue,
            @Valid @BeanParam PageParams page) {
        return views.page(queries.list(new ReportQueryService.Filter(status, electionCode, regionCode, agencyCode, nip,
                violationType, origin, channel, receivedFrom, receivedTo, late, possibleDuplicate, candidatePhase,
                overdue), page));
    }

    /** {@code listReports} as CSV (documented there): every matching report, streamed. */
    @GET
    @Produces(CsvExport.PRODUCES)
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.MONITOR})
    @Operation(hidden = true)
    public Response exportReports(
            @QueryParam("status") ReportStatus status,
            @QueryParam("electionCode") @Size(max = 40) String electionCode,
            @QueryParam("regionCode") @Size(max = 13) String regionCode,
            @QueryParam("agencyCode") @Size(max = 40) String agencyCode,
            @QueryParam("nip") @Size(max = 18) String nip,
            @QueryParam("violationType") @Size(max = 60) String violationType,
            @QueryParam("origin") ReportOrigin origin,
            @QueryParam("channel") ReportChannel channel,
            @QueryParam("candidatePhase") CandidatePhase candidatePhase,
            @QueryParam("receivedFrom") LocalDate receivedFrom,
            @QueryParam("receivedTo") LocalDate receivedTo,
            @QueryParam("late") Boolean late,
            @QueryParam("possibleDuplicate") Boolean possibleDuplicate,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("sort") @Size(max = 200) @Pattern(regexp = "^-?[A-Za-z]+(,-?[A-Za-z]+)*$") String sort) {
        ReportQueryService.Export export = queries.export(new ReportQueryService.Filter(status, electionCode, regionCode,
                agencyCode, nip, violationType, origin, channel, receivedFrom, receivedTo, late, possibleDuplicate,
                candidatePhase, overdue), sort);
        return CsvExport.response("reports.csv", CSV, sink -> queries.forEach(export, r -> sink.accept(views.of(r))));
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

    @POST
    @Path("{id}/evidence")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "addReportEvidence", summary = "Add evidence to a report",
            description = "Multipart form: `kind` (FOTO, VIDEO, TANGKAPAN_LAYAR, DOKUMEN with a `file`; TAUTAN with a "
                    + "`url`), optional `description`. Files are limited in size (20 MB by default) and their type is read "
                    + "from their content (JPEG, PNG, GIF, WebP, HEIC, PDF, MP4, QuickTime, WebM, 3GP), whatever name "
                    + "or type they are sent with. The answer carries the SHA-256.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceResponse.class)))
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "413", description = "The file is larger than the evidence limit")
    @APIResponse(responseCode = "415", description = "The file's content is not an allowed type")
    public Response addReportEvidence(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("id") String id,
            @BeanParam EvidenceForm form) {
        EvidenceService.Submission submission = form.submission();
        ReportEvidence added = QuarkusTransaction.joiningExisting().call(() -> {
            Report report = queries.get(id);
            return evidence.add(report, submission, caller.name(), ReportEvidence.AddedVia.OFFICER);
        });
        return Response.status(201).entity(EvidenceResponse.of(added, access.seesOriginalEvidence())).build();
    }

    @GET
    @Path("{id}/evidence")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    @Operation(operationId = "listReportEvidence", summary = "Evidence of a report",
            description = "Admin, verifier and bawaslu see each file as uploaded (`contentView` ORIGINAL). Every other "
                    + "reader (a ppk) never sees what could identify the reporter: pictures are served without their "
                    + "metadata (METADATA_REMOVED), files whose metadata cannot be removed (PDF, HEIC, videos) are "
                    + "listed but not served (NOT_AVAILABLE), and the listing shows a neutral `fileName` "
                    + "(`evidence-<id>.<ext>`) and no `sizeBytes` or `sha256` (the original's hash would match the "
                    + "reporter's own copy).")
    @APIResponse(responseCode = "200", description = "The evidence, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = EvidenceResponse.class, maxItems = 1000)))
    @APIResponse(responseCode = "404", description = "No such report, or not in the caller's scope")
    public List<EvidenceResponse> listReportEvidence(@Parameter(description = "Report id",
            schema = @Schema(type = SchemaType.STRING, maxLength = 36, pattern = Ids.UUID_PATTERN)) @PathParam("id") String id) {
        boolean original = access.seesOriginalEvidence();
        return QuarkusTransaction.joiningExisting().call(() ->
                evidence.of(queries.get(id)).stream().map(e -> EvidenceResponse.of(e, original)).toList());
    }

    @GET
    @Path("{id}/evidence/{evidenceId}/content")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getReportEvidenceContent", summary = "Download an evidence file",
            description = "Streamed; the ETag is the SHA-256 of the content sent and `If-None-Match` with it answers "
                    + "304. Admin, verifier and bawaslu get the file as uploaded, under its original name. Every other "
                    + "reader (a ppk) gets a copy without the metadata that could identify the reporter, named "
                    + "`evidence-<id>.<ext>`: JPEG without APP1-APP15 and COM segments, PNG without text, EXIF, time, "
                    + "colour-profile and private chunks, GIF without comment and application extensions (but the "
                    + "loop count), WebP without EXIF, XMP and ICCP chunks, and never anything after the end of the "
                    + "image. Files that cannot be copied so (PDF, HEIC, videos, or a picture that does not follow "
                    + "its format) are 403 `EVIDENCE_NOT_AVAILABLE` for them.")
    @APIResponse(responseCode = "200", description = "The file as uploaded, or its copy without metadata",
            headers = @Header(name = "ETag", description = "SHA-256 of the content sent",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 66)),
            content = @Content(mediaType = "*/*",
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 104857600)))
    @APIResponse(responseCode = "304", description = "Unchanged (If-None-Match matched)")
    @APIResponse(responseCode = "403", description = "`EVIDENCE_NOT_AVAILABLE`: the caller gets files without their "
            + "metadata and this file's cannot be removed; or the role may not read reports")
    @APIResponse(responseCode = "404", description = "No such report or evidence, or a link (which has no content)")
    public Response getReportEvidenceContent(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("id") String id,
            @Parameter(description = "Evidence id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("evidenceId") String evidenceId,
            @Parameter(description = "The ETag already held", schema = @Schema(type = SchemaType.STRING, maxLength = 70))
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        boolean original = access.seesOriginalEvidence();
        ReportEvidence row = QuarkusTransaction.joiningExisting().call(() -> evidence.get(queries.get(id), evidenceId));
        if (row.sha256 == null) {
            throw ApiException.notFound("EVIDENCE_NOT_FOUND", evidenceId);
        }
        String sha256;
        long size;
        jakarta.ws.rs.core.StreamingOutput content;
        String name;
        if (original) {
            sha256 = row.sha256;
            size = row.sizeBytes;
            content = evidence.content(row);
            name = row.fileName == null ? row.publicId : row.fileName;
        } else {
            EvidenceService.StrippedCopy copy = evidence.stripped(row);
            sha256 = copy.sha256();
            size = copy.sizeBytes();
            content = copy.content();
            name = EvidenceResponse.neutralName(row);
        }
        jakarta.ws.rs.core.EntityTag tag = new jakarta.ws.rs.core.EntityTag(sha256);
        if (ifNoneMatch != null && ifNoneMatch.replace("\"", "").trim().equals(sha256)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(content, row.contentType).tag(tag)
                .header("Content-Length", size)
                .header("Content-Disposition", "attachment; filename=\"" + name.replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{id}/messages")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addReportMessage", summary = "Write to the reporter, or add an internal note",
            description = "A TO_REPORTER message appears in the receipt view (without the officer's name); an "
                    + "INTERNAL_NOTE never leaves the officers.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageResponse.class)))
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "A message to the reporter on a report without a receipt")
    public Response addReportMessage(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("id") String id,
            @NotNull @Valid MessageRequest request) {
        ReportMessage added = QuarkusTransaction.joiningExisting().call(() -> {
            Report report = queries.get(id);
            if (request.kind() == ReportMessage.Kind.FROM_REPORTER) {
                throw ApiException.invalidField("kind", "MESSAGE_KIND_NOT_ALLOWED", request.kind());
            }
            if (request.kind() == ReportMessage.Kind.TO_REPORTER && report.receiptSha256 == null) {
                throw ApiException.conflict("REPORT_HAS_NO_RECEIPT");
            }
            return messages.add(report, request.kind(), request.body(), caller.name());
        });
        return Response.status(201).entity(MessageResponse.of(added, true)).build();
    }

    @GET
    @Path("{id}/messages")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    @Operation(operationId = "listReportMessages", summary = "Messages and internal notes of a report")
    @APIResponse(responseCode = "200", description = "Oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = MessageResponse.class, maxItems = 10000)))
    @APIResponse(responseCode = "404", description = "No such report")
    public List<MessageResponse> listReportMessages(@Parameter(description = "Report id",
            schema = @Schema(type = SchemaType.STRING, maxLength = 36, pattern = Ids.UUID_PATTERN)) @PathParam("id") String id) {
        return QuarkusTransaction.joiningExisting().call(() ->
                messages.of(queries.get(id), false).stream().map(m -> MessageResponse.of(m, true)).toList());
    }

    private String requestHash(ReportRequest request) {
        try {
            return Hashes.sha256(json.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer to a submission: the report and, for a new public report, its receipt (shown this once). */
    @Schema(name = "ReportIntake", description = "The report as registered and, for a new public report, the receipt: "
            + "shown once, stored only as a hash; keep it to follow the case")
    public record ReportIntakeResponse(
            ReportResponse report,
            @Schema(maxLength = 24, pattern = "^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$", example = "7KQ2-M9XD-4TRA-WP3E-H6N1")
            String receipt) {
    }

    /** An officer's message. */
    @Schema(name = "ReportMessageRequest", description = "`kind` is TO_REPORTER or INTERNAL_NOTE")
    public record MessageRequest(
            @NotNull ReportMessage.Kind kind,
            @Schema(required = true, maxLength = 5000, example = "Mohon kirimkan tangkapan layar unggahan tersebut.")
            @NotBlank @Size(max = 5000) String body) {
    }

    @Schema(name = "ReportMessage", description = "A message; `author` is absent in the reporter's view")
    public record MessageResponse(
            @Schema(format = "uuid", maxLength = 36) String id,
            ReportMessage.Kind kind,
            @Schema(maxLength = 5000) String body,
            @Schema(maxLength = 100) String author,
            @Schema(format = "date-time", maxLength = 35) Instant createdAt) {

        static MessageResponse of(ReportMessage m, boolean withAuthor) {
            return new MessageResponse(m.publicId, m.kind, m.body, withAuthor ? m.author : null, m.createdAt);
        }
    }

    /** The multipart form of an evidence upload. */
    public static class EvidenceForm {
        @RestForm("kind")
        @Schema(required = true, enumeration = {"FOTO", "VIDEO", "TANGKAPAN_LAYAR", "DOKUMEN", "TAUTAN"},
                description = "Kind of evidence; TAUTAN is a link")
        public String kind;

        @RestForm("file")
        @Schema(type = SchemaType.STRING, format = "binary", maxLength = 20971520,
                description = "The file (every kind but TAUTAN)")
        public FileUpload file;

        @RestForm("url")
        @Schema(maxLength = 2000, format = "uri", description = "The link (TAUTAN)")
        public String url;

        @RestForm("description")
        @Schema(maxLength = 1000)
        public String description;

        EvidenceService.Submission submission() {
            EvidenceKind parsed = null;
            if (kind != null && !kind.isBlank()) {
                try {
                    parsed = EvidenceKind.valueOf(kind.trim());
                } catch (IllegalArgumentException e) {
                    throw ApiException.invalidField("kind", "INVALID_ENUM_VALUE", kind,
                            "FOTO, VIDEO, TANGKAPAN_LAYAR, DOKUMEN, TAUTAN");
                }
            }
            if (description != null && description.length() > 1000) {
                throw ApiException.invalidField("description", "SIZE", 0, 1000);
            }
            return new EvidenceService.Submission(parsed, file == null ? null : file.uploadedFile(),
                    file == null ? null : file.fileName(), url, description);
        }
    }

    @Schema(name = "Evidence", description = "A file (with its sniffed type and, in the original view, its name, "
            + "SHA-256 and size) or a link")
    public record EvidenceResponse(
            @Schema(format = "uuid", maxLength = 36) String id,
            EvidenceKind kind,
            @Schema(maxLength = 255, description = "The uploaded name, or `evidence-<id>.<ext>` where the content is "
                    + "not served as uploaded") String fileName,
            @Schema(maxLength = 100, example = "image/jpeg") String contentType,
            @Schema(format = "int64", minimum = "0", maximum = "104857600",
                    description = "Size of the original; absent where the content is not served as uploaded") Long sizeBytes,
            @Schema(maxLength = 64, pattern = "^[0-9a-f]{64}$",
                    description = "SHA-256 of the original; absent where the content is not served as uploaded")
            String sha256,
            @Schema(description = "What the caller may download (files only): the file as uploaded, a copy without "
                    + "metadata, or nothing", maxLength = 20) ContentView contentView,
            @Schema(maxLength = 2000) String url,
            @Schema(maxLength = 1000) String description,
            ReportEvidence.AddedVia addedVia,
            @Schema(format = "date-time", maxLength = 35) Instant createdAt) {

        /** What the caller's download of a file is. */
        @Schema(name = "EvidenceContentView")
        public enum ContentView { ORIGINAL, METADATA_REMOVED, NOT_AVAILABLE }

        /**
         * The evidence as the caller may see it: with {@code original} (decided by
         * {@link ReportAccess#seesOriginalEvidence()}), as uploaded; without, a file shows nothing that
         * comes from the uploader's copy (name, size, hash).
         */
        static EvidenceResponse of(ReportEvidence e, boolean original) {
            if (e.sha256 == null) {
                return new EvidenceResponse(e.publicId, e.kind, null, null, null, null, null, e.url, e.description,
                        e.addedVia, e.createdAt);
            }
            if (original) {
                return new EvidenceResponse(e.publicId, e.kind, e.fileName, e.contentType, e.sizeBytes, e.sha256,
                        ContentView.ORIGINAL, e.url, e.description, e.addedVia, e.createdAt);
            }
            ContentView view = EvidenceSanitizer.supports(e.contentType) ? ContentView.METADATA_REMOVED
                    : ContentView.NOT_AVAILABLE;
            return new EvidenceResponse(e.publicId, e.kind, neutralName(e), e.contentType, null, null, view, null,
                    e.description, e.addedVia, e.createdAt);
        }

        /** A file name that says nothing of the uploader's copy. */
        static String neutralName(ReportEvidence e) {
            return "evidence-" + e.publicId + "." + EvidenceTypes.extension(e.contentType);
        }
    }
}
