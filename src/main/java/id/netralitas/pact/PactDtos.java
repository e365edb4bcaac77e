package id.netralitas.pact;

import id.netralitas.common.web.Ids;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the pakta integritas endpoints. */
public final class PactDtos {

    public static final String NIP_PATTERN = "^[0-9]{18}$";
    public static final String SHA256_PATTERN = "^[0-9a-f]{64}$";
    public static final String CODE_PATTERN = "^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$";
    public static final String ELECTION_PATTERN = "^[A-Z][A-Z0-9]*(-[A-Z0-9.]+)*$";
    public static final int MAX_BATCH = 10_000;

    private PactDtos() {
    }

    @Schema(name = "PactTemplateRequest", description = "A version of an election's pact: title, commitments, validity")
    public record TemplateRequest(
            @NotBlank @Size(max = 255) @Schema(required = true, maxLength = 255,
                    example = "Pakta Integritas Netralitas Aparatur Sipil Negara") String title,
            @NotEmpty @Size(max = 20) @Schema(required = true, minItems = 1, maxItems = 20)
            List<@NotBlank @Size(max = 1000) String> commitments,
            @NotNull @Schema(required = true, type = SchemaType.STRING, format = "date", maxLength = 10,
                    example = "2024-01-01") LocalDate validFrom,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2024-12-31") LocalDate validTo) {
    }

    @Schema(name = "PactTemplate", description = "A version of an election's pakta integritas")
    public record TemplateResponse(
            @Schema(maxLength = 40, pattern = ELECTION_PATTERN, example = "PEMILU-2024") String electionCode,
            @Schema(format = "int32", minimum = "1", maximum = "100000", example = "1") int version,
            @Schema(maxLength = 255) String title,
            @Schema(maxItems = 20) List<@Size(max = 1000) String> commitments,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10) LocalDate validFrom,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10) LocalDate validTo,
            @Schema(description = "Whether the version has signatures (and so cannot change)") boolean signed,
            @Schema(format = "date-time", maxLength = 35) Instant createdAt) {

        static TemplateResponse of(PactTemplate t, boolean signed) {
            return new TemplateResponse(t.election.code, t.templateVersion, t.title, List.copyOf(t.commitments),
                    t.validFrom, t.validTo, signed, t.createdAt);
        }
    }

    @Schema(name = "PactCeremonyRequest", description = "The ceremony where the pact was signed on paper")
    public record CeremonyRequest(
            @NotNull @Schema(required = true, type = SchemaType.STRING, format = "date", maxLength = 10,
                    example = "2023-09-26") LocalDate date,
            @NotBlank @Size(max = 255) @Schema(required = true, maxLength = 255, example = "Aula Kantor Wali Kota Kendari")
            String place,
            @Size(max = 20) @Schema(maxItems = 20)
            List<@NotBlank @Size(max = 150) @Pattern(regexp = "^[^\\r\\n]*$") String> witnesses,
            @NotNull @Pattern(regexp = SHA256_PATTERN) @Schema(required = true, maxLength = 64, pattern = SHA256_PATTERN,
                    description = "SHA-256 (hex) of the scanned signed document") String documentSha256) {
    }

    @Schema(name = "PactCeremony", description = "A signing ceremony of an agency")
    public record CeremonyResponse(
            @Schema(format = "uuid", maxLength = 36) String id,
            @Schema(maxLength = 40) String agencyCode,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10) LocalDate date,
            @Schema(maxLength = 255) String place,
            @Schema(maxItems = 20) List<@Size(max = 150) String> witnesses,
            @Schema(maxLength = 64, pattern = SHA256_PATTERN) String documentSha256) {

        static CeremonyResponse of(PactCeremony c) {
            return c == null ? null : new CeremonyResponse(c.publicId, c.agency.code, c.ceremonyDate, c.place,
                    c.witnessList(), c.documentSha256);
        }
    }

    @Schema(name = "PactSignatureRequest", description = "An `asn` signs itself (electronic consent); a `ppk` or `admin` "
            + "registers a paper signature from a ceremony (`ceremonyId` or `ceremony`), or signs for the agency as a "
            + "whole (signerType INSTANSI)")
    public record SignatureRequest(
            @NotBlank @Size(max = 40) @Schema(required = true, maxLength = 40, pattern = ELECTION_PATTERN,
                    example = "PEMILU-2024") String electionCode,
            @Min(1) @Max(100000) @Schema(description = "The template version; by default the newest valid on the signing day",
                    format = "int32", minimum = "1", maximum = "100000") Integer templateVersion,
            PactSignature.SignerType signerType,
            @Pattern(regexp = NIP_PATTERN) @Schema(maxLength = 18, pattern = NIP_PATTERN,
                    description = "The signer (INDIVIDU); an `asn` may leave it out") String nip,
            PactSignature.Method method,
            @Size(max = 40) @Schema(maxLength = 40, description = "The agency of an INSTANSI pact signed by an admin")
            String agencyCode,
            @Size(max = 150) @Pattern(regexp = "^[^\\r\\n]*$") @Schema(maxLength = 150,
                    description = "Who signs an INSTANSI pact for the agency (its PPK)") String signerName,
            @Pattern(regexp = Ids.UUID_PATTERN) @Schema(format = "uuid", maxLength = 36,
                    description = "An earlier ceremony of the same agency and election") String ceremonyId,
            @Valid CeremonyRequest ceremony) {
    }

    @Schema(name = "PactSignatureRevocation", description = "Why the signature is revoked")
    public record RevocationRequest(
            @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000,
                    example = "Registered for the wrong employee at the ceremony") String reason) {
    }

    @Schema(name = "PactSignatureEvent", description = "A step in a signature's history")
    public record EventResponse(
            PactSignatureEvent.Action action,
            @Schema(maxLength = 100) String actor,
            @Schema(maxLength = 1000) String reason,
            @Schema(format = "date-time", maxLength = 35) Instant at) {

        static EventResponse of(PactSignatureEvent e) {
            return new EventResponse(e.action, e.actor, e.reason, e.occurredAt);
        }
    }

    @Schema(name = "PactSignature", description = "A signature with the signer's fields as they were at signing")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SignatureResponse(
            @Schema(format = "uuid", maxLength = 36) String id,
            @Schema(maxLength = 40) String electionCode,
            @Schema(format = "int32", minimum = "1", maximum = "100000") int templateVersion,
            PactSignature.SignerType signerType,
            @Schema(maxLength = 18, pattern = NIP_PATTERN) String nip,
            @Schema(maxLength = 150) String name,
            @Schema(maxLength = 8) String golongan,
            @Schema(maxLength = 255) String jabatan,
            @Schema(maxLength = 40) String agencyCode,
            @Schema(maxLength = 255) String agencyName,
            @Schema(maxLength = 13) String regionCode,
            PactSignature.Method method,
            CeremonyResponse ceremony,
            @Schema(format = "date-time", maxLength = 35) Instant signedAt,
            @Schema(maxLength = 64, pattern = SHA256_PATTERN) String contentSha256,
            @Schema(maxLength = 24, pattern = CODE_PATTERN, example = "7KQ2-M9XD-4TRA-WP3E-H6N1",
                    description = "Verification code of the receipt: GET /pact-signatures/verify/{code}")
            String verificationCode,
            PactSignature.Status status,
            @Schema(format = "date-time", maxLength = 35) Instant revokedAt,
            @Schema(maxLength = 100) String revokedBy,
            @Schema(maxLength = 1000) String revocationReason,
            @Schema(maxItems = 100) List<EventResponse> history) {

        static SignatureResponse of(PactSignature s, List<PactSignatureEvent> history) {
            return new SignatureResponse(s.publicId, s.election.code, s.template.templateVersion, s.signerType,
                    s.signerNip, s.signerName, s.signerGolongan, s.signerJabatan, s.agencyCode, s.agencyName,
                    s.regionCode, s.method, CeremonyResponse.of(s.ceremony), s.signedAt, s.contentSha256,
                    PactContent.displayCode(s.verificationCode), s.status, s.revokedAt, s.revokedBy,
                    s.revocationReason, history == null ? null : history.stream().map(EventResponse::of).toList());
        }
    }

    /** What a receipt check found. */
    public enum VerificationStatus { VALID, REVOKED, ALTERED }

    @Schema(name = "PactVerification", description = "A receipt check: the stored hash against one recomputed now from the "
            + "stored record; the signer's name is masked")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VerificationResponse(
            VerificationStatus status,
            @Schema(description = "Whether the recomputed hash equals the stored one") boolean hashMatches,
            @Schema(maxLength = 40) String electionCode,
            @Schema(maxLength = 255) String electionName,
            @Schema(format = "int32", minimum = "1", maximum = "100000") int templateVersion,
            PactSignature.SignerType signerType,
            @Schema(maxLength = 200, example = "Ah*** Fa***") String maskedName,
            @Schema(maxLength = 40) String agencyCode,
            @Schema(maxLength = 255) String agencyName,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, description = "Signing day (WIB)")
            LocalDate signedDate,
            PactSignature.Method method,
            @Schema(maxLength = 64, pattern = SHA256_PATTERN) String contentSha256,
            @Schema(maxLength = 64, pattern = SHA256_PATTERN) String recomputedSha256,
            @Schema(type = SchemaType.STRING, format = "date", maxLength = 10) LocalDate revokedDate) {
    }

    @Schema(name = "PactSignatureBatchRequest", description = "Paper signatures of one ceremony, up to 10,000 NIPs")
    public record BatchRequest(
            @NotBlank @Size(max = 40) @Schema(required = true, maxLength = 40, pattern = ELECTION_PATTERN,
                    example = "PEMILU-2024") String electionCode,
            @Min(1) @Max(100000) @Schema(format = "int32", minimum = "1", maximum = "100000") Integer templateVersion,
            @Size(max = 40) @Schema(maxLength = 40, description = "Required for an admin; a ppk's is its own")
            String agencyCode,
            @Pattern(regexp = Ids.UUID_PATTERN) @Schema(format = "uuid", maxLength = 36) String ceremonyId,
            @Valid CeremonyRequest ceremony,
            @NotEmpty @Size(max = MAX_BATCH) @Schema(required = true, minItems = 1, maxItems = MAX_BATCH)
            List<@NotNull @Size(max = 18) @Pattern(regexp = NIP_PATTERN) String> nips) {
    }

    /** What became of one NIP of a batch. */
    public enum BatchStatus { SIGNED, ALREADY_SIGNED, UNKNOWN_NIP, NOT_ELIGIBLE, OTHER_AGENCY }

    @Schema(name = "PactSignatureBatchItem", description = "`signatureId` and `verificationCode` for SIGNED and "
            + "ALREADY_SIGNED")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BatchItem(
            @Schema(maxLength = 18, pattern = NIP_PATTERN) String nip,
            BatchStatus status,
            @Schema(format = "uuid", maxLength = 36) String signatureId,
            @Schema(maxLength = 24, pattern = CODE_PATTERN) String verificationCode) {
    }

    @Schema(name = "PactSignatureBatchResult", description = "One item per NIP, in the order sent")
    public record BatchResponse(
            @Schema(maxLength = 40) String electionCode,
            @Schema(format = "int32", minimum = "1", maximum = "100000") int templateVersion,
            @Schema(maxLength = 40) String agencyCode,
            @Schema(format = "uuid", maxLength = 36) String ceremonyId,
            @Schema(format = "int32", minimum = "0", maximum = "10000") int signed,
            @Schema(format = "int32", minimum = "0", maximum = "10000") int alreadySigned,
            @Schema(format = "int32", minimum = "0", maximum = "10000") int unknownNip,
            @Schema(format = "int32", minimum = "0", maximum = "10000") int notEligible,
            @Schema(format = "int32", minimum = "0", maximum = "10000") int otherAgency,
            @Schema(maxItems = MAX_BATCH) List<BatchItem> items) {
    }

    @Schema(name = "PactCoverageFigures", description = "Active employees, valid individual signatures, and the share")
    public record CoverageGroup(
            @Schema(maxLength = 40, description = "Region code or agency code; absent for the total") String code,
            @Schema(maxLength = 255) String name,
            @Schema(format = "int64", minimum = "0", maximum = "9007199254740991") long activeEmployees,
            @Schema(format = "int64", minimum = "0", maximum = "9007199254740991") long signed,
            @Schema(format = "double", minimum = "0", maximum = "1000000", example = "87.5",
                    description = "signed / activeEmployees × 100, two decimals; 0 without employees") double percentage) {
    }

    @Schema(name = "PactCoverage", description = "Coverage of an election's pact, in total and per group")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CoverageResponse(
            @Schema(maxLength = 40) String electionCode,
            @Schema(enumeration = {"region", "agency"}, maxLength = 6) String groupBy,
            @Schema(maxLength = 13) String regionCode,
            CoverageGroup total,
            @Schema(maxItems = 100000) List<CoverageGroup> groups) {
    }
}
