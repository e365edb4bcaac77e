package id.netralitas.pact.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
