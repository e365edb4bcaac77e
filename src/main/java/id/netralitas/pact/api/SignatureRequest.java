package id.netralitas.pact.api;

import id.netralitas.common.web.Ids;
import id.netralitas.pact.PactSignature;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PactSignatureRequest", description = "An `asn` signs itself (electronic consent); a `ppk` or `admin` "
        + "registers a paper signature from a ceremony (`ceremonyId` or `ceremony`), or signs for the agency as a "
        + "whole (signerType INSTANSI)")
public record SignatureRequest(
        @NotBlank @Size(max = 40) @Schema(required = true, maxLength = 40, pattern = PactFormats.ELECTION_PATTERN,
                example = "PEMILU-2024") String electionCode,
        @Min(1) @Max(100000) @Schema(description = "The template version; by default the newest valid on the signing day",
                format = "int32", minimum = "1", maximum = "100000") Integer templateVersion,
        PactSignature.SignerType signerType,
        @Pattern(regexp = PactFormats.NIP_PATTERN) @Schema(maxLength = 18, pattern = PactFormats.NIP_PATTERN,
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
