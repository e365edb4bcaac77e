package id.netralitas.pact.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

public record TemplateRequest(
        @NotBlank @Size(max = 255) String title,
        @NotEmpty @Size(max = 20)
        List<@NotBlank @Size(max = 1000) String> commitments,
        @NotNull LocalDate validFrom,
        LocalDate validTo) {
}
