package id.netralitas.pact.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netralitas.pact.PactSignature;
import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationResponse(
        VerificationStatus status,
        boolean hashMatches,
        String electionCode,
        String electionName,
        int templateVersion,
        PactSignature.SignerType signerType,
        String maskedName,
        String agencyCode,
        String agencyName,
        LocalDate signedDate,
        PactSignature.Method method,
        String contentSha256,
        String recomputedSha256,
        LocalDate revokedDate) {
}
