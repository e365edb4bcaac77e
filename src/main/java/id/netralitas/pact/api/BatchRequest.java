package id.netralitas.pact.api;

import id.netralitas.common.web.Ids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public record BatchRequest(
        @NotBlank @Size(max = 40) String electionCode,
        @Min(1) @Max(100000) Integer templateVersion,
        @Size(max = 40)
        String agencyCode,
        @Pattern(regexp = Ids.UUID_PATTERN) String ceremonyId,
        @Valid CeremonyRequest ceremony,
        @NotEmpty @Size(max = PactFormats.MAX_BATCH)
        List<@NotNull @Size(max = 18) @Pattern(regexp = PactFormats.NIP_PATTERN) String> nips) {
}
