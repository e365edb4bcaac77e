package id.netralitas.pact.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

public record CeremonyRequest(
        @NotNull LocalDate date,
        @NotBlank @Size(max = 255)
        String place,
        @Size(max = 20)
        List<@NotBlank @Size(max = 150) @Pattern(regexp = "^[^\\r\\n]*$") String> witnesses,
        @NotNull @Pattern(regexp = PactFormats.SHA256_PATTERN) String documentSha256) {
}
