package id.netralitas.pact.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netralitas.pact.PactSignature;
import java.time.Instant;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignatureResponse(
        String id,
        String electionCode,
        int templateVersion,
        PactSignature.SignerType signerType,
        String nip,
        String name,
        String golongan,
        String jabatan,
        String agencyCode,
        String agencyName,
        String regionCode,
        PactSignature.Method method,
        CeremonyResponse ceremony,
        Instant signedAt,
        String contentSha256,
        String verificationCode,
        PactSignature.Status status,
        Instant revokedAt,
        String revokedBy,
        String revocationReason,
        List<EventResponse> history) {
}
