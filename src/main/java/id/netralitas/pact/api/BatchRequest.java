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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PactSignatureBatchRequest", description = "Paper signatures of one ceremony, up to 10,000 NIPs")
public record BatchRequest(
        @NotBlank @Size(max = 40) @Schema(required = true, maxLength = 40, pattern = PactFormats.ELECTION_PATTERN,
                example = "PEMILU-2024") String electionCode,
        @Min(1) @Max(100000) @Schema(format = "int32", minimum = "1", maximum = "100000") Integer templateVersion,
        @Size(max = 40) @Schema(maxLength = 40, description = "Required for an admin; a ppk's is its own")
        String agencyCode,
        @Pattern(regexp = Ids.UUID_PATTERN) @Schema(format = "uuid", maxLength = 36) String ceremonyId,
        @Valid CeremonyRequest ceremony,
        @NotEmpty @Size(max = PactFormats.MAX_BATCH)
        @Schema(required = true, minItems = 1, maxItems = PactFormats.MAX_BATCH)
        List<@NotNull @Size(max = 18) @Pattern(regexp = PactFormats.NIP_PATTERN) String> nips) {
}
