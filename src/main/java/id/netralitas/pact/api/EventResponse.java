package id.netralitas.pact.api;

import id.netralitas.pact.PactSignatureEvent;
import java.time.Instant;

public record EventResponse(
        PactSignatureEvent.Action action,
        String actor,
        String reason,
        Instant at) {
}
