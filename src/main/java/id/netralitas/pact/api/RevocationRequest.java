package id.netralitas.pact.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PactSignatureRevocation", description = "Why the signature is revoked")
public record RevocationRequest(
        @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000,
                example = "Registered for the wrong employee at the ceremony") String reason) {
}
