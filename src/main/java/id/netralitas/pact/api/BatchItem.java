package id.netralitas.pact.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PactSignatureBatchItem", description = "`signatureId` and `verificationCode` for SIGNED and "
        + "ALREADY_SIGNED")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItem(
        @Schema(maxLength = 18, pattern = PactFormats.NIP_PATTERN) String nip,
        BatchStatus status,
        @Schema(format = "uuid", maxLength = 36) String signatureId,
        @Schema(maxLength = 24, pattern = PactFormats.CODE_PATTERN) String verificationCode) {
}
