package id.netralitas.pact;

import id.netralitas.agency.Agency;
import id.netralitas.common.security.ReadableCodes;
import id.netralitas.election.Election;
import java.time.Instant;
import java.util.UUID;

/** Who signs what, resolved and checked; {@code employeeId} is null for an agency as a whole. */
record PactSigner(PactSignature.SignerType type, Long employeeId, Agency agency, String name, String golongan,
                  String jabatan, String nip, String regionCode) {

    /** A new valid signature by this signer, with its content hash and receipt code. */
    PactSignature sign(Election election, PactTemplate template, PactSignature.Method method, PactCeremony ceremony,
                       Instant signedAt, String actor) {
        PactSignature s = new PactSignature();
        s.publicId = UUID.randomUUID().toString();
        s.election = election;
        s.template = template;
        s.signerType = type;
        s.employeeId = employeeId;
        s.signerNip = nip;
        s.signerName = name;
        s.signerGolongan = golongan;
        s.signerJabatan = jabatan;
        s.agencyId = agency.id;
        s.agencyCode = agency.code;
        s.agencyName = agency.name;
        s.regionCode = regionCode;
        s.method = method;
        s.ceremony = ceremony;
        s.signedAt = PactContent.signingTime(signedAt);
        s.status = PactSignature.Status.VALID;
        s.activeNip = type == PactSignature.SignerType.INDIVIDU ? nip : null;
        s.activeAgencyId = type == PactSignature.SignerType.INSTANSI ? agency.id : null;
        s.verificationCode = ReadableCodes.normalize(ReadableCodes.generate()).orElseThrow();
        s.createdBy = actor;
        s.contentSha256 = PactContent.sha256(PactContent.canonical(s, template));
        return s;
    }
}
