package id.netralitas.pact;

import id.netralitas.common.web.Ids;
import id.netralitas.common.security.Hashes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netralitas.common.web.QueryDates;
import id.netralitas.common.csv.CsvColumns;
import id.netralitas.common.csv.CsvExport;
import id.netralitas.common.error.Problem;
import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.EntityTags;
import id.netralitas.common.web.RateLimited;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Pact signatures: signing, registering paper signatures, reading, revoking, and the public receipt check. */
@Path("/api/v1/pact-signatures")
@Tag(name = "Pakta integritas")
@Produces(MediaType.APPLICATION_JSON)
public class PactSignatureResource {

    static final String CSV_HEADER = "id,electionCode,templateVersion,signerType,nip,name,golongan,jabatan,agencyCode,"
            + "agencyName,regionCode,method,signedAt,contentSha256,verificationCode,status,revokedAt,revokedBy,"
            + "revocationReason";

    /** The CSV columns: the list's JSON fields but the ceremony, in their order. */
    static final CsvColumns<PactDtos.SignatureResponse> CSV = CsvColumns.of(PactDtos.SignatureResponse.class)
            .add("id", PactDtos.SignatureResponse::id).add("electionCode", PactDtos.SignatureResponse::electionCode)
            .add("templateVersion", PactDtos.SignatureResponse::templateVersion)
            .add("signerType", PactDtos.SignatureResponse::signerType).add("nip", PactDtos.SignatureResponse::nip)
            .add("name", PactDtos.SignatureResponse::name).add("golongan", PactDtos.SignatureResponse::golongan)
            .add("jabatan", PactDtos.SignatureResponse::jabatan).add("agencyCode", PactDtos.SignatureResponse::agencyCode)
            .add("agencyName", PactDtos.SignatureResponse::agencyName)
            .add("regionCode", PactDtos.SignatureResponse::regionCode).add("method", PactDtos.SignatureResponse::method)
            .add("signedAt", PactDtos.SignatureResponse::signedAt)
            .add("contentSha256", PactDtos.SignatureResponse::contentSha256)
            .add("verificationCode", PactDtos.SignatureResponse::verificationCode)
            .add("status", PactDtos.SignatureResponse::status).add("revokedAt", PactDtos.SignatureResponse::revokedAt)
            .add("revokedBy", PactDtos.SignatureResponse::revokedBy)
            .add("revocationReason", PactDtos.SignatureResponse::revocationReason)
            .documentedAs(CSV_HEADER);

    @Inject
    PactSignatureService service;

    @Inject
    PactVerificationService verification;

    @Inject
    ObjectMapper json;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PPK, Roles.ASN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signPact", summary = "Sign a pact, or register one signed on paper",
            description = "An `asn` signs for itself (its token's `nip`), method PERSETUJUAN_ELEKTRONIK. A `ppk` (its own "
                    + "agency's employees) or `admin` registers a paper signature, method TANDA_TANGAN_BASAH, with the "
                    + "ceremony (`ceremony`, or `ceremonyId` of an earlier one), or signs for the agency as a whole "
                    + "(signerType INSTANSI, `signerName`). Only active employees of an agency taking part in the election "
                    + "may sign, on a template version valid on the signing day (the ceremony's date for paper). One valid "
                    + "signature per NIP and election: a second is 409 with the existing one's id. The answer carries "
                    + "the receipt's verification code. With `Idempotency-Key`, a retry returns the first signature (200).")
    @APIResponse(responseCode = "201", description = "Signed",
            headers = @Header(name = HttpHeaders.LOCATION, description = "URL of the signature",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2048)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PactDtos.SignatureResponse.class)))
    @APIResponse(responseCode = "200", description = "An Idempotency-Key replay: the signature made the first time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PactDtos.SignatureResponse.class)))
    @APIResponse(responseCode = "403", description = "Method or signer type not allowed for the role "
            + "(`PACT_METHOD_NOT_ALLOWED`, `PACT_SIGNER_TYPE_NOT_ALLOWED`), or outside the caller's scope "
            + "(`EMPLOYEE_OUT_OF_SCOPE`, `AGENCY_OUT_OF_SCOPE`)")
    @APIResponse(responseCode = "409", description = "Already signed (`PACT_ALREADY_SIGNED`, `existingSignatureId`), or "
            + "no template valid on the signing day (`PACT_TEMPLATE_NOT_AVAILABLE`, `PACT_TEMPLATE_NOT_VALID`)",
            headers = @Header(name = HttpHeaders.LOCATION, description = "URL of the existing signature",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2048)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown election, NIP, agency, template version or ceremony; a "
            + "signer who is not active or whose agency does not take part (`PACT_SIGNER_NOT_ELIGIBLE`); or the "
            + "Idempotency-Key was used for another request")
    public Response signPact(
            @NotNull @Valid PactDtos.SignatureRequest request,
            @Parameter(description = "Makes a retry return the first signature",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 255, pattern = "^[\\x21-\\x7E]{1,255}$"))
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        Optional<String> key = IdempotencyService.key(idempotencyKey);
        PactSignatureService.Signed signed = service.sign(request, key, hash(request));
        PactDtos.SignatureResponse body = QuarkusTransaction.joiningExisting().call(() ->
                PactDtos.SignatureResponse.of(service.byPublicId(signed.signature().publicId), null));
        return Response.status(signed.created() ? 201 : 200).location(URI.create("/api/v1/pact-signatures/" + body.id()))
                .entity(body).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.ASN})
    @Operation(operationId = "listPactSignatures", summary = "Search signatures",
            description = "A `ppk` sees its own agency's signatures, an `asn` its own. `regionCode` includes the regions "
                    + "below it (the signer's region at signing). Dates are days in WIB. Sort fields: `signedAt` (default "
                    + "`-signedAt`), `name`, `nip`.")
    @APIResponse(responseCode = "200", description = "A page of signatures")
    @Extension(name = CsvExport.OPENAPI_EXTENSION, value = CSV_HEADER)
    public PageResponse<PactDtos.SignatureResponse> listPactSignatures(
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 40)) @QueryParam("electionCode")
            @Size(max = 40) String electionCode,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 40)) @QueryParam("agencyCode")
            @Size(max = 40) String agencyCode,
            @Parameter(description = "The signer's region, with the regions below it",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 13)) @QueryParam("regionCode")
            @Size(max = 13) String regionCode,
            @QueryParam("method") PactSignature.Method method,
            @QueryParam("signerType") PactSignature.SignerType signerType,
            @QueryParam("status") PactSignature.Status status,
            @Parameter(description = "Signed on or after this day", schema = @Schema(type = SchemaType.STRING,
                    format = "date", maxLength = 10, pattern = QueryDates.PATTERN)) @QueryParam("signedFrom") String signedFrom,
            @Parameter(description = "Signed on or before this day", schema = @Schema(type = SchemaType.STRING,
                    format = "date", maxLength = 10, pattern = QueryDates.PATTERN)) @QueryParam("signedTo") String signedTo,
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 18, pattern = PactDtos.NIP_PATTERN))
            @QueryParam("nip") @jakarta.validation.constraints.Pattern(regexp = PactDtos.NIP_PATTERN) String nip,
            @Valid @BeanParam PageParams page) {
        PactSignatureService.Filter filter = new PactSignatureService.Filter(electionCode, agencyCode, regionCode, method,
                signerType, status, QueryDates.parse(signedFrom, "signedFrom"), QueryDates.parse(signedTo, "signedTo"), nip);
        return QuarkusTransaction.joiningExisting().call(() ->
                service.list(filter, page).map(s -> PactDtos.SignatureResponse.of(s, null)));
    }

    /** {@code listPactSignatures} as CSV (documented there): every matching signature, streamed. */
    @GET
    @Produces(CsvExport.PRODUCES)
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.ASN})
    @Operation(hidden = true)
    public Response exportPactSignatures(
            @QueryParam("electionCode") @Size(max = 40) String electionCode,
            @QueryParam("agencyCode") @Size(max = 40) String agencyCode,
            @QueryParam("regionCode") @Size(max = 13) String regionCode,
            @QueryParam("method") PactSignature.Method method,
            @QueryParam("signerType") PactSignature.SignerType signerType,
            @QueryParam("status") PactSignature.Status status,
            @QueryParam("signedFrom") String signedFrom,
            @QueryParam("signedTo") String signedTo,
            @QueryParam("nip") @jakarta.validation.constraints.Pattern(regexp = PactDtos.NIP_PATTERN) String nip,
            @QueryParam("sort") @Size(max = 200) @jakarta.validation.constraints.Pattern(regexp = "^-?[A-Za-z]+(,-?[A-Za-z]+)*$")
            String sort) {
        PactSignatureService.Plan plan = service.plan(new PactSignatureService.Filter(electionCode, agencyCode, regionCode,
                method, signerType, status, QueryDates.parse(signedFrom, "signedFrom"), QueryDates.parse(signedTo, "signedTo"),
                nip), sort);
        return CsvExport.response("pact-signatures.csv", CSV,
                sink -> service.forEach(plan, s -> sink.accept(PactDtos.SignatureResponse.of(s, null))));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.ASN})
    @Operation(operationId = "getPactSignature", summary = "Get a signature with its history",
            description = "A `ppk` gets 404 for another agency's signature, an `asn` for anyone else's.")
    @APIResponse(responseCode = "200", description = "The signature",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PactDtos.SignatureResponse.class)))
    @APIResponse(responseCode = "404", description = "No such signature in the caller's scope (`PACT_SIGNATURE_NOT_FOUND`)")
    public Response getPactSignature(@Parameter(description = "Signature id", schema = @Schema(type = SchemaType.STRING,
            maxLength = 36, pattern = Ids.UUID_PATTERN)) @PathParam("id") String id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            PactSignature s = service.get(id);
            return Response.ok(PactDtos.SignatureResponse.of(s, service.history(s)))
                    .header(HttpHeaders.ETAG, EntityTags.of(s.version)).build();
        });
    }

    @POST
    @Path("{id}/revocation")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revokePactSignature", summary = "Revoke a signature",
            description = "Admin only; requires `If-Match`. The signature stays, marked REVOKED with the reason in its "
                    + "history; the NIP (or agency) may then sign again. Its receipt answers REVOKED.")
    @APIResponse(responseCode = "200", description = "Revoked",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version tag for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PactDtos.SignatureResponse.class)))
    @APIResponse(responseCode = "404", description = "No such signature (`PACT_SIGNATURE_NOT_FOUND`)")
    @APIResponse(responseCode = "409", description = "Already revoked (`PACT_SIGNATURE_REVOKED`)")
    @APIResponse(responseCode = "412", description = "`If-Match` is stale")
    @APIResponse(responseCode = "428", description = "`If-Match` is missing")
    public Response revokePactSignature(
            @Parameter(description = "Signature id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag last read; required",
                    example = "\"0\"", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PactDtos.RevocationRequest request) {
        service.revoke(id, ifMatch, request.reason());
        return QuarkusTransaction.joiningExisting().call(() -> {
            PactSignature s = service.byPublicId(id);
            return Response.ok(PactDtos.SignatureResponse.of(s, service.history(s)))
                    .header(HttpHeaders.ETAG, EntityTags.of(s.version)).build();
        });
    }

    @GET
    @Path("verify/{code}")
    @PermitAll
    @SecurityRequirementsSet
    @RateLimited(value = PactVerificationService.FAILURE_POLICY, counting = RateLimited.Counting.NOT_FOUND)
    @Operation(operationId = "verifyPactReceipt", summary = "Check a pact receipt (no account needed)",
            description = "Answers VALID, REVOKED, or ALTERED when the stored record no longer matches its content hash "
                    + "(recomputed now from the stored template and signer fields); the signer's name is masked. Case, "
                    + "dashes and the look-alikes I, L and O are forgiven. Unknown codes are 404; a client with too many "
                    + "of them gets 429.")
    @APIResponse(responseCode = "200", description = "The check",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PactDtos.VerificationResponse.class)))
    @APIResponse(responseCode = "404", description = "No signature has this code (`PACT_RECEIPT_NOT_FOUND`)")
    public PactDtos.VerificationResponse verifyPactReceipt(@Parameter(description = "The verification code",
            example = "7KQ2-M9XD-4TRA-WP3E-H6N1", schema = @Schema(type = SchemaType.STRING, maxLength = 64))
            @PathParam("code") String code) {
        return verification.verify(code);
    }

    private String hash(Object request) {
        try {
            return Hashes.sha256(json.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
