package id.netralitas.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An officer's message. */
@Schema(name = "ReportMessageRequest", description = "`kind` is TO_REPORTER or INTERNAL_NOTE")
public record MessageRequest(
        @NotNull ReportMessage.Kind kind,
        @Schema(required = true, maxLength = 5000, example = "Mohon kirimkan tangkapan layar unggahan tersebut.")
        @NotBlank @Size(max = 5000) String body) {
}
