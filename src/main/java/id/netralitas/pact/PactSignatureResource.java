package id.netralitas.pact;

import id.netralitas.common.csv.CsvColumns;
import id.netralitas.common.csv.CsvExport;
import id.netralitas.common.error.Problem;
import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.EntityTags;
import id.netralitas.common.web.Ids;
import id.netralitas.common.web.RateLimited;
import id.netralitas.pact.api.RevocationRequest;
import id.netralitas.pact.api.SignatureRequest;
import id.netralitas.pact.api.SignatureResponse;
import id.netralitas.pact.api.VerificationResponse;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
    static final CsvColumns<SignatureResponse> CSV = CsvColumns.of(SignatureResponse.class)
            .add("id", SignatureResponse::id).add("electionCode", SignatureResponse::electionCode)
            .add("templateVersion", SignatureResponse::templateVersion)
            .add("signerType", SignatureResponse::signerType).add("nip", SignatureResponse::nip)
            .add("name", SignatureResponse::name).add("golongan", SignatureResponse::golongan)
            .add("jabatan", SignatureResponse::jabatan).add("agencyCode", SignatureResponse::agencyCode)
            .add("agencyName", SignatureResponse::agencyName)
            .add("regionCode", SignatureResponse::regionCode).add("method", SignatureResponse::method)
            .add("signedAt", SignatureResponse::signedAt)
            .add("contentSha256", SignatureResponse::contentSha256)
            .add("verificationCode", SignatureResponse::verificationCode)
            .add("status", SignatureResponse::status).add("revokedAt", SignatureResponse::revokedAt)
            .add("revokedBy", SignatureResponse::revokedBy)
            .add("revocationReason", SignatureResponse::revocationReason)
            .documentedAs(CSV_HEADER);

    @Inject
    PactSigning signing;

    @Inject
    PactSignatureQueries queries;

    @Inject
    PactRevocation revocation;

    @Inject
    PactVerificationService verification;

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
                    schema = @Schema(implementation = SignatureResponse.class)))
    @APIResponse(responseCode = "200", description = "An Idempotency-Key replay: the signature made the first time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SignatureResponse.class)))
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
            @NotNull @Valid SignatureRequest request,
            @Parameter(description = "Makes a retry return the first signature",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 255, pattern = "^[\\x21-\\x7E]{1,255}$"))
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        PactSigning.Signed signed = signing.sign(request, IdempotencyService.key(idempotencyKey));
        return Response.status(signed.created() ? 201 : 200)
                .location(URI.create("/api/v1/pact-signatures/" + signed.signature().id())).entity(signed.signature())
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.ASN})
    @Operation(operationId = "listPactSignatures", summary = "Search signatures",
            description = "A `ppk` sees its own agency's signatures, an `asn` its own. `regionCode` includes the regions "
                    + "below it (the signer's region at signing). Dates are days in WIB. Sort fields: `signedAt` (default "
                    + "`-signedAt`), `name`, `nip`.")
    @APIResponse(responseCode = "200", description = "A page of signatures")
    @Extension(name = CsvExport.OPENAPI_EXTENSION, value = CSV_HEADER)
    public PageResponse<SignatureResponse> listPactSignatures(@Valid @BeanParam PactSignatureFilterParams filter,
                                                              @Valid @BeanParam PageParams page) {
        return queries.list(filter.filter(), page);
    }

    /** {@code listPactSignatures} as CSV (documented there): every matching signature, streamed. */
    @GET
    @Produces(CsvExport.PRODUCES)
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.ASN})
    @Operation(hidden = true)
    public Response exportPactSignatures(
            @Valid @BeanParam PactSignatureFilterParams filter,
            @QueryParam("sort") @Size(max = 200) @Pattern(regexp = "^-?[A-Za-z]+(,-?[A-Za-z]+)*$") String sort) {
        return CsvExport.response("pact-signatures.csv", CSV, queries.export(filter.filter(), sort));
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
                    schema = @Schema(implementation = SignatureResponse.class)))
    @APIResponse(responseCode = "404", description = "No such signature in the caller's scope (`PACT_SIGNATURE_NOT_FOUND`)")
    public Response getPactSignature(@Parameter(description = "Signature id", schema = @Schema(type = SchemaType.STRING,
            maxLength = 36, pattern = Ids.UUID_PATTERN)) @PathParam("id") String id) {
        return tagged(queries.get(id));
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
                    schema = @Schema(implementation = SignatureResponse.class)))
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
            @NotNull @Valid RevocationRequest request) {
        return tagged(revocation.revoke(id, ifMatch, request.reason()));
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
                    schema = @Schema(implementation = VerificationResponse.class)))
    @APIResponse(responseCode = "404", description = "No signature has this code (`PACT_RECEIPT_NOT_FOUND`)")
    public VerificationResponse verifyPactReceipt(@Parameter(description = "The verification code",
            example = "7KQ2-M9XD-4TRA-WP3E-H6N1", schema = @Schema(type = SchemaType.STRING, maxLength = 64))
            @PathParam("code") String code) {
        return verification.verify(code);
    }

    private static Response tagged(Versioned<SignatureResponse> signature) {
        return Response.ok(signature.body()).header(HttpHeaders.ETAG, EntityTags.of(signature.version())).build();
    }
}
