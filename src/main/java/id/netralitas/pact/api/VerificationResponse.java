package id.netralitas.pact.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netralitas.pact.PactSignature;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(maxLength = 64, pattern = PactFormats.SHA256_PATTERN) String contentSha256,
        @Schema(maxLength = 64, pattern = PactFormats.SHA256_PATTERN) String recomputedSha256,
        @Schema(type = SchemaType.STRING, format = "date", maxLength = 10) LocalDate revokedDate) {
}
