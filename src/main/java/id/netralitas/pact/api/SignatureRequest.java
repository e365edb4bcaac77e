package id.netralitas.pact.api;

import id.netralitas.common.web.Ids;
import id.netralitas.pact.PactSignature;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record SignatureRequest(
        @NotBlank @Size(max = 40) String electionCode,
        @Min(1) @Max(100000) Integer templateVersion,
        PactSignature.SignerType signerType,
        @Pattern(regexp = PactFormats.NIP_PATTERN) String nip,
        PactSignature.Method method,
        @Size(max = 40)
        String agencyCode,
        @Size(max = 150) @Pattern(regexp = "^[^\\r\\n]*$") String signerName,
        @Pattern(regexp = Ids.UUID_PATTERN) String ceremonyId,
        @Valid CeremonyRequest ceremony) {
}
