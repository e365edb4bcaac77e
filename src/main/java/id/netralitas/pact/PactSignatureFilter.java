package id.netralitas.pact;

import java.time.LocalDate;

/** Filters of the signature list and export; each optional. */
public record PactSignatureFilter(String electionCode, String agencyCode, String regionCode, PactSignature.Method method,
                                  PactSignature.SignerType signerType, PactSignature.Status status,
                                  LocalDate signedFrom, LocalDate signedTo, String nip) {
}
