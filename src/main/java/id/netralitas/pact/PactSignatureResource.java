package id.netralitas.pact;

import id.netralitas.common.csv.CsvColumns;
import id.netralitas.common.csv.CsvExport;
import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.SortParam;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
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
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Pact signatures: signing, registering paper signatures, reading, revoking, and the public receipt check. */
@Path("/api/v1/pact-signatures")
@Produces(MediaType.APPLICATION_JSON)
public class PactSignatureResource {


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
            .add("revocationReason", SignatureResponse::revocationReason);

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
    public Response signPact(
            @NotNull @Valid SignatureRequest request,
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        PactSigning.Signed signed = signing.sign(request, IdempotencyService.key(idempotencyKey));
        return Response.status(signed.created() ? 201 : 200)
                .location(URI.create("/api/v1/pact-signatures/" + signed.signature().id())).entity(signed.signature())
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.ASN})
    public PageResponse<SignatureResponse> listPactSignatures(@Valid @BeanParam PactSignatureFilterParams filter,
                                                              @Valid @BeanParam PageParams page) {
        return queries.list(filter.filter(), page);
    }

    /** {@code listPactSignatures} as CSV (documented there): every matching signature, streamed. */
    @GET
    @Produces(CsvExport.PRODUCES)
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.ASN})
    public Response exportPactSignatures(
            @Valid @BeanParam PactSignatureFilterParams filter,
            @Valid @BeanParam SortParam sorting) {
        return CsvExport.response("pact-signatures.csv", CSV, queries.export(filter.filter(), sorting.sort));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.ASN})
    public Response getPactSignature(@PathParam("id") String id) {
        return queries.get(id).ok();
    }

    @POST
    @Path("{id}/revocation")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revokePactSignature(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RevocationRequest request) {
        return revocation.revoke(id, ifMatch, request.reason()).ok();
    }

    @GET
    @Path("verify/{code}")
    @PermitAll
    @RateLimited(value = PactVerificationService.FAILURE_POLICY, counting = RateLimited.Counting.NOT_FOUND)
    public VerificationResponse verifyPactReceipt(@PathParam("code") String code) {
        return verification.verify(code);
    }
}
