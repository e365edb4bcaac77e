package id.netralitas.pact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netralitas.agency.Agency;
import id.netralitas.common.persistence.SqlFailures;
import id.netralitas.common.security.Caller;
import id.netralitas.election.Election;
import id.netralitas.employee.EmployeeStatus;
import id.netralitas.pact.api.BatchItem;
import id.netralitas.pact.api.BatchRequest;
import id.netralitas.pact.api.BatchResponse;
import id.netralitas.pact.api.BatchStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registers the paper signatures of one ceremony: up to 10,000 NIPs in one transaction, read and
 * written with JDBC batches of {@value #CHUNK}, answering per NIP. Under an Idempotency-Key the whole
 * answer is stored with the rows and replayed as it was. Should a concurrent signature of one of
 * the NIPs win the unique key meanwhile, the batch is classified and written again.
 */
@RequestScoped
public class PactBatchService {

    static final int CHUNK = 1000;
    private static final int ATTEMPTS = 3;

    @Inject
    PactIdempotency once;

    @Inject
    PactSigners signers;

    @Inject
    PactBatchWriter writer;

    @Inject
    PactCountWriter counts;

    @Inject
    PactSignatureLedger ledger;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    public BatchResponse register(BatchRequest request, Optional<String> idempotencyKey) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once.inNewTransaction("pact-batch", idempotencyKey, request,
                        earlier -> fromJson(earlier.responseBody), () -> signAll(request),
                        answer -> new PactIdempotency.Outcome(answer.ceremonyId(), 200, toJson(answer)));
            } catch (RuntimeException e) {
                // A concurrent writer signed one of the NIPs first, or the database chose this
                // transaction as a deadlock victim (batches of different agencies meet on counter
                // rows): nothing was committed, so the whole batch is checked and written again.
                if (attempt >= ATTEMPTS || !(SqlFailures.isUniqueViolation(e) || SqlFailures.rolledBack(e))) {
                    throw e;
                }
            }
        }
    }

    private BatchResponse signAll(BatchRequest r) {
        Election election = signers.election(r.electionCode(), "electionCode");
        writer.lockElection(election.id);
        Agency agency = signers.agency(r.agencyCode());
        signers.requireTakesPart(election, agency, agency.code);
        PactCeremony ceremony = signers.ceremony(r.ceremonyId(), r.ceremony(), election, agency);
        PactTemplate template = signers.template(election, r.templateVersion(), ceremony.ceremonyDate);
        writer.flushEntities();
        Instant now = PactContent.signingTime(Instant.now());
        Map<String, BatchItem> outcome = new HashMap<>();
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(r.nips()));
        PactCountWriter.Deltas deltas = new PactCountWriter.Deltas();
        for (int from = 0; from < unique.size(); from += CHUNK) {
            List<String> chunk = unique.subList(from, Math.min(unique.size(), from + CHUNK));
            Map<String, PactBatchWriter.Person> people = writer.people(chunk);
            Map<String, PactBatchWriter.Existing> existing = writer.signed(election.id, chunk);
            List<PactSignature> toInsert = new ArrayList<>();
            for (String nip : chunk) {
                PactBatchWriter.Person p = people.get(nip);
                PactBatchWriter.Existing e = existing.get(nip);
                BatchStatus refused = refusal(p, e, agency);
                if (refused != null) {
                    outcome.put(nip, refused == BatchStatus.ALREADY_SIGNED ? item(nip, refused, e.publicId(), e.code())
                            : item(nip, refused, null, null));
                    continue;
                }
                PactSignature s = new PactSigner(PactSignature.SignerType.INDIVIDU, p.id(), agency, p.name(),
                        p.golongan(), p.jabatan(), p.nip(), p.regionCode()).sign(election, template,
                        PactSignature.Method.TANDA_TANGAN_BASAH, ceremony, now, caller.name());
                toInsert.add(s);
                outcome.put(nip, item(nip, BatchStatus.SIGNED, s.publicId, s.verificationCode));
            }
            writer.insert(toInsert, now);
            ledger.signedAll(toInsert, deltas);
        }
        counts.apply(deltas);
        return answer(r, election, template, agency, ceremony, outcome);
    }

    /** Why a NIP is not signed by this batch; null when it is. */
    private static BatchStatus refusal(PactBatchWriter.Person p, PactBatchWriter.Existing e, Agency agency) {
        if (p == null) {
            return BatchStatus.UNKNOWN_NIP;
        }
        if (p.agencyId() != agency.id) {
            return BatchStatus.OTHER_AGENCY;
        }
        if (e != null) {
            return BatchStatus.ALREADY_SIGNED;
        }
        return EmployeeStatus.AKTIF.name().equals(p.status()) ? null : BatchStatus.NOT_ELIGIBLE;
    }

    /** One item per NIP sent, in order; a repeated NIP signed by this batch is ALREADY_SIGNED the second time. */
    private static BatchResponse answer(BatchRequest r, Election election, PactTemplate template, Agency agency,
                                        PactCeremony ceremony, Map<String, BatchItem> outcome) {
        List<BatchItem> items = new ArrayList<>(r.nips().size());
        Set<String> seen = new HashSet<>();
        int[] counts = new int[BatchStatus.values().length];
        for (String nip : r.nips()) {
            BatchItem first = outcome.get(nip);
            BatchItem it = !seen.add(nip) && first.status() == BatchStatus.SIGNED
                    ? item(nip, BatchStatus.ALREADY_SIGNED, first.signatureId(), null) : first;
            if (it.verificationCode() == null && it.signatureId() != null) {
                it = new BatchItem(nip, it.status(), it.signatureId(), first.verificationCode());
            }
            items.add(it);
            counts[it.status().ordinal()]++;
        }
        return new BatchResponse(election.code, template.templateVersion, agency.code, ceremony.publicId,
                counts[BatchStatus.SIGNED.ordinal()], counts[BatchStatus.ALREADY_SIGNED.ordinal()],
                counts[BatchStatus.UNKNOWN_NIP.ordinal()], counts[BatchStatus.NOT_ELIGIBLE.ordinal()],
                counts[BatchStatus.OTHER_AGENCY.ordinal()], items);
    }

    private static BatchItem item(String nip, BatchStatus status, String id, String code) {
        return new BatchItem(nip, status, id, code == null ? null : PactContent.displayCode(code));
    }

    private BatchResponse fromJson(String stored) {
        try {
            return json.readValue(stored, BatchResponse.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored batch answer could not be read", e);
        }
    }

    private String toJson(BatchResponse answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A batch answer could not be written", e);
        }
    }
}
