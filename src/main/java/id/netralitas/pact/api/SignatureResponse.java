package id.netralitas.pact.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netralitas.pact.PactSignature;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PactSignature", description = "A signature with the signer's fields as they were at signing")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignatureResponse(
        @Schema(format = "uuid", maxLength = 36) String id,
        @Schema(maxLength = 40) String electionCode,
        @Schema(format = "int32", minimum = "1", maximum = "100000") int templateVersion,
        PactSignature.SignerType signerType,
        @Schema(maxLength = 18, pattern = PactFormats.NIP_PATTERN) String nip,
        @Schema(maxLength = 150) String name,
        @Schema(maxLength = 8) String golongan,
        @Schema(maxLength = 255) String jabatan,
        @Schema(maxLength = 40) String agencyCode,
        @Schema(maxLength = 255) String agencyName,
        @Schema(maxLength = 13) String regionCode,
        PactSignature.Method method,
        CeremonyResponse ceremony,
        @Schema(format = "date-time", maxLength = 35) Instant signedAt,
        @Schema(maxLength = 64, pattern = PactFormats.SHA256_PATTERN) String contentSha256,
        @Schema(maxLength = 24, pattern = PactFormats.CODE_PATTERN, example = "7KQ2-M9XD-4TRA-WP3E-H6N1",
                description = "Verification code of the receipt: GET /pact-signatures/verify/{code}")
        String verificationCode,
        PactSignature.Status status,
        @Schema(format = "date-time", maxLength = 35) Instant revokedAt,
        @Schema(maxLength = 100) String revokedBy,
        @Schema(maxLength = 1000) String revocationReason,
        @Schema(maxItems = 100) List<EventResponse> history) {
}
