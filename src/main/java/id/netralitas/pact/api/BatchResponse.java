package id.netralitas.pact.api;

import java.util.List;

public record BatchResponse(
        String electionCode,
        int templateVersion,
        String agencyCode,
        String ceremonyId,
        int signed,
        int alreadySigned,
        int unknownNip,
        int notEligible,
        int otherAgency,
        List<BatchItem> items) {
}
