package id.netralitas.pact.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RevocationRequest(
        @NotBlank @Size(max = 1000) String reason) {
}
