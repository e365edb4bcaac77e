package id.netralitas.pact.api;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PactTemplate", description = "A version of an election's pakta integritas")
public record TemplateResponse(
        @Schema(maxLength = 40, pattern = PactFormats.ELECTION_PATTERN, example = "PEMILU-2024") String electionCode,
        @Schema(format = "int32", minimum = "1", maximum = "100000", example = "1") int version,
        @Schema(maxLength = 255) String title,
        @Schema(maxItems = 20) List<@Size(max = 1000) String> commitments,
        @Schema(type = SchemaType.STRING, format = "date", maxLength = 10) LocalDate validFrom,
        @Schema(type = SchemaType.STRING, format = "date", maxLength = 10) LocalDate validTo,
        @Schema(description = "Whether the version has signatures (and so cannot change)") boolean signed,
        @Schema(format = "date-time", maxLength = 35) Instant createdAt) {
}
