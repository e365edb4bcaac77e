package id.netralitas.pact.api;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record TemplateResponse(
        String electionCode,
        int version,
        String title,
        List<@Size(max = 1000) String> commitments,
        LocalDate validFrom,
        LocalDate validTo,
        boolean signed,
        Instant createdAt) {
}
