package id.netralitas.pact.api;

import id.netralitas.pact.PactSignatureEvent;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PactSignatureEvent", description = "A step in a signature's history")
public record EventResponse(
        PactSignatureEvent.Action action,
        @Schema(maxLength = 100) String actor,
        @Schema(maxLength = 1000) String reason,
        @Schema(format = "date-time", maxLength = 35) Instant at) {
}
