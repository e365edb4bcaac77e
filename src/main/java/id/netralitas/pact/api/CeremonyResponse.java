package id.netralitas.pact.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

public record CeremonyResponse(
        String id,
        String agencyCode,
        LocalDate date,
        String place,
        List<@Size(max = 150) String> witnesses,
        String documentSha256) {
}
