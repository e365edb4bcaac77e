package id.netralitas.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An officer's message. */
public record MessageRequest(
        @NotNull ReportMessage.Kind kind,
        @NotBlank @Size(max = 5000) String body) {
}
