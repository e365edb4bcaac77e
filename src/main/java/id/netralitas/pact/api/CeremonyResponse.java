package id.netralitas.pact.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PactCeremony", description = "A signing ceremony of an agency")
public record CeremonyResponse(
        @Schema(format = "uuid", maxLength = 36) String id,
        @Schema(maxLength = 40) String agencyCode,
        @Schema(type = SchemaType.STRING, format = "date", maxLength = 10) LocalDate date,
        @Schema(maxLength = 255) String place,
        @Schema(maxItems = 20) List<@Size(max = 150) String> witnesses,
        @Schema(maxLength = 64, pattern = PactFormats.SHA256_PATTERN) String documentSha256) {
}
