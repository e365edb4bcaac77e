package id.netralitas.pact;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the change feed tells of a signature: references and kinds, not the signer's name. */
final class PactFeed {

    private PactFeed() {
    }

    static Map<String, Object> data(PactSignature s) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reference", s.publicId);
        data.put("electionCode", s.election.code);
        data.put("agencyCode", s.agencyCode);
        data.put("signerType", s.signerType.name());
        data.put("method", s.method.name());
        data.put("nip", s.signerNip);
        data.put("status", s.status.name());
        return data;
    }
}
