package id.netralitas.pact;

import id.netralitas.pact.api.CeremonyResponse;
import id.netralitas.pact.api.EventResponse;
import id.netralitas.pact.api.SignatureResponse;
import id.netralitas.pact.api.TemplateResponse;
import java.util.List;

/** Pact entities as the API shows them. */
final class PactMapper {

    private PactMapper() {
    }

    static TemplateResponse template(PactTemplate t, boolean signed) {
        return new TemplateResponse(t.election.code, t.templateVersion, t.title, List.copyOf(t.commitments),
                t.validFrom, t.validTo, signed, t.createdAt);
    }

    static CeremonyResponse ceremony(PactCeremony c) {
        return c == null ? null : new CeremonyResponse(c.publicId, c.agency.code, c.ceremonyDate, c.place,
                c.witnessList(), c.documentSha256);
    }

    static EventResponse event(PactSignatureEvent e) {
        return new EventResponse(e.action, e.actor, e.reason, e.occurredAt);
    }

    /** A signature; {@code history} null leaves it out (lists, exports). */
    static SignatureResponse signature(PactSignature s, List<PactSignatureEvent> history) {
        return new SignatureResponse(s.publicId, s.election.code, s.template.templateVersion, s.signerType,
                s.signerNip, s.signerName, s.signerGolongan, s.signerJabatan, s.agencyCode, s.agencyName,
                s.regionCode, s.method, ceremony(s.ceremony), s.signedAt, s.contentSha256,
                PactContent.displayCode(s.verificationCode), s.status, s.revokedAt, s.revokedBy,
                s.revocationReason, history == null ? null : history.stream().map(PactMapper::event).toList());
    }
}
