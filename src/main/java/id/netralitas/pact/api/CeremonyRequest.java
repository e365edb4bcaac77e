package id.netralitas.pact.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PactCeremonyRequest", description = "The ceremony where the pact was signed on paper")
public record CeremonyRequest(
        @NotNull @Schema(required = true, type = SchemaType.STRING, format = "date", maxLength = 10,
                example = "2023-09-26") LocalDate date,
        @NotBlank @Size(max = 255) @Schema(required = true, maxLength = 255, example = "Aula Kantor Wali Kota Kendari")
        String place,
        @Size(max = 20) @Schema(maxItems = 20)
        List<@NotBlank @Size(max = 150) @Pattern(regexp = "^[^\\r\\n]*$") String> witnesses,
        @NotNull @Pattern(regexp = PactFormats.SHA256_PATTERN) @Schema(required = true, maxLength = 64, pattern = PactFormats.SHA256_PATTERN,
                description = "SHA-256 (hex) of the scanned signed document") String documentSha256) {
}
