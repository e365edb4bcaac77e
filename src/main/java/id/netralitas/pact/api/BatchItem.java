package id.netralitas.pact.api;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItem(
        String nip,
        BatchStatus status,
        String signatureId,
        String verificationCode) {
}
