package id.netralitas.pact;

import id.netralitas.common.persistence.BatchStatements;
import id.netralitas.common.persistence.SqlFailures;
import id.netralitas.event.DomainEventType;
import id.netralitas.event.DomainEvents;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netralitas.agency.Agency;
import id.netralitas.agency.AgencyRepository;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.idempotency.IdempotencyRecord;
import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.security.Caller;
import id.netralitas.election.Election;
import id.netralitas.employee.EmployeeStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

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
    DomainEvents events;

    @Inject
    EntityManager em;

    @Inject
    PactSignatureService signatures;

    @Inject
    PactTemplateService templates;

    @Inject
    PactEligibility eligibility;

    @Inject
    AgencyRepository agencies;

    @Inject
    IdempotencyService idempotency;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    private record Person(long id, String nip, String name, String golongan, String jabatan, long agencyId,
                          String regionCode, String status) {
    }

    private record Existing(String publicId, String code) {
    }

    public PactDtos.BatchResponse register(PactDtos.BatchRequest request, Optional<String> key, String requestSha256) {
        String scope = "pact-batch:" + caller.name();
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (key.isPresent()) {
                        Optional<IdempotencyRecord> earlier = idempotency.replay(scope, key.get(), requestSha256);
                        if (earlier.isPresent()) {
                            return json.readValue(earlier.get().responseBody, PactDtos.BatchResponse.class);
                        }
                    }
                    PactDtos.BatchResponse answer = write(request);
                    if (key.isPresent()) {
                        idempotency.remember(scope, key.get(), requestSha256, answer.ceremonyId(), 200,
                                json.writeValueAsString(answer));
                    }
                    return answer;
                });
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

    private PactDtos.BatchResponse write(PactDtos.BatchRequest r) {
        Election election = signatures.election(r.electionCode(), "electionCode");
        // Batches of one election are written one at a time: two multi-row inserts of thousands of
        // signatures meet on the unique indexes' gaps and deadlock in InnoDB far more often than
        // they gain from running side by side. Single signatures do not take this lock.
        em.createNativeQuery("SELECT id FROM election WHERE id = ?1 FOR UPDATE").setParameter(1, election.id)
                .getSingleResult();
        Agency agency = agency(r.agencyCode());
        if (!eligibility.agencyTakesPart(election, agency)) {
            throw ApiException.unprocessable("PACT_SIGNER_NOT_ELIGIBLE", agency.code).with("reason", "AGENCY_NOT_TAKING_PART");
        }
        PactCeremony ceremony = signatures.ceremony(r.ceremonyId(), r.ceremony(), election, agency);
        PactTemplate template = templates.forSigning(election, r.templateVersion(), ceremony.ceremonyDate);
        em.lock(template, LockModeType.OPTIMISTIC);
        em.flush();
        Instant now = PactContent.signingTime(Instant.now());
        String actor = caller.name();
        Map<String, PactDtos.BatchItem> outcome = new HashMap<>();
        em.unwrap(Session.class).doWork(connection -> {
            List<String> unique = new ArrayList<>(new LinkedHashSet<>(r.nips()));
            PactCounters counters = new PactCounters();
            for (int from = 0; from < unique.size(); from += CHUNK) {
                List<String> chunk = unique.subList(from, Math.min(unique.size(), from + CHUNK));
                Map<String, Person> people = people(connection, chunk);
                Map<String, Existing> existing = existing(connection, election.id, chunk);
                List<PactSignature> toInsert = new ArrayList<>();
                for (String nip : chunk) {
                    Person p = people.get(nip);
                    Existing e = existing.get(nip);
                    if (p == null) {
                        outcome.put(nip, item(nip, PactDtos.BatchStatus.UNKNOWN_NIP, null, null));
                    } else if (p.agencyId() != agency.id) {
                        outcome.put(nip, item(nip, PactDtos.BatchStatus.OTHER_AGENCY, null, null));
                    } else if (e != null) {
                        outcome.put(nip, item(nip, PactDtos.BatchStatus.ALREADY_SIGNED, e.publicId(), e.code()));
                    } else if (!EmployeeStatus.AKTIF.name().equals(p.status())) {
                        outcome.put(nip, item(nip, PactDtos.BatchStatus.NOT_ELIGIBLE, null, null));
                    } else {
                        PactSignatureService.Signer signer = new PactSignatureService.Signer(
                                PactSignature.SignerType.INDIVIDU, null, agency, p.name(), p.golongan(), p.jabatan(),
                                p.nip(), p.regionCode());
                        PactSignature s = PactSignatureService.build(election, template, signer,
                                PactSignature.Method.TANDA_TANGAN_BASAH, ceremony, now, actor);
                        s.employeeId = p.id();
                        toInsert.add(s);
                        counters.add(election.id, agency.id, p.regionCode(), 1);
                        outcome.put(nip, item(nip, PactDtos.BatchStatus.SIGNED, s.publicId, s.verificationCode));
                    }
                }
                insert(connection, toInsert, now);
                events.recordAll(DomainEventType.SIGNATURE_CREATED, toInsert.stream().map(s ->
                        new DomainEvents.Event(s.publicId, s.agencyCode, PactSignatureService.feedData(s))).toList());
            }
            counters.apply(connection);
        });
        List<PactDtos.BatchItem> items = new ArrayList<>(r.nips().size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        int[] counts = new int[PactDtos.BatchStatus.values().length];
        for (String nip : r.nips()) {
            PactDtos.BatchItem first = outcome.get(nip);
            PactDtos.BatchItem it = !seen.add(nip) && first.status() == PactDtos.BatchStatus.SIGNED
                    ? item(nip, PactDtos.BatchStatus.ALREADY_SIGNED, first.signatureId(), null) : first;
            if (it.verificationCode() == null && it.signatureId() != null) {
                it = new PactDtos.BatchItem(nip, it.status(), it.signatureId(), first.verificationCode());
            }
            items.add(it);
            counts[it.status().ordinal()]++;
        }
        return new PactDtos.BatchResponse(election.code, template.templateVersion, agency.code, ceremony.publicId,
                counts[PactDtos.BatchStatus.SIGNED.ordinal()], counts[PactDtos.BatchStatus.ALREADY_SIGNED.ordinal()],
                counts[PactDtos.BatchStatus.UNKNOWN_NIP.ordinal()], counts[PactDtos.BatchStatus.NOT_ELIGIBLE.ordinal()],
                counts[PactDtos.BatchStatus.OTHER_AGENCY.ordinal()], items);
    }

    private static PactDtos.BatchItem item(String nip, PactDtos.BatchStatus status, String id, String code) {
        return new PactDtos.BatchItem(nip, status, id, code == null ? null : PactContent.displayCode(code));
    }

    private Agency agency(String requested) {
        if (caller.isAdmin()) {
            if (requested == null || requested.isBlank()) {
                throw ApiException.invalidField("agencyCode", "NOT_NULL");
            }
            return agencies.findByCode(requested.trim().toUpperCase(Locale.ROOT)).orElseThrow(() ->
                    ApiException.unprocessable("VALIDATION_FAILED").violation(FieldViolation.of("agencyCode",
                            "AGENCY_UNKNOWN", requested)));
        }
        String own = caller.requireAgency();
        if (requested != null && !requested.trim().equalsIgnoreCase(own)) {
            throw ApiException.forbidden("AGENCY_OUT_OF_SCOPE", requested);
        }
        return agencies.findByCode(own).orElseThrow(() -> ApiException.forbidden("AGENCY_OUT_OF_SCOPE", own));
    }

    private static Map<String, Person> people(Connection connection, List<String> nips) throws SQLException {
        Map<String, Person> found = new HashMap<>();
        try (PreparedStatement select = BatchStatements.prepare(connection, "SELECT id, nip, name, golongan, jabatan_name, "
                + "agency_id, region_code, status FROM employee WHERE nip IN (" + marks(nips.size()) + ")")) {
            bind(select, 1, nips);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(2), new Person(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return found;
    }

    private static Map<String, Existing> existing(Connection connection, long electionId, List<String> nips)
            throws SQLException {
        Map<String, Existing> found = new HashMap<>();
        try (PreparedStatement select = BatchStatements.prepare(connection, "SELECT active_nip, public_id, verification_code "
                + "FROM pact_signature WHERE election_id = ? AND active_nip IN (" + marks(nips.size()) + ")")) {
            select.setLong(1, electionId);
            bind(select, 2, nips);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new Existing(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return found;
    }

    private static void insert(Connection connection, List<PactSignature> rows, Instant signedAt) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        LocalDateTime at = LocalDateTime.ofInstant(signedAt, ZoneOffset.UTC);
        try (PreparedStatement insert = BatchStatements.prepare(connection, "INSERT INTO pact_signature (public_id, election_id, "
                + "template_id, signer_type, employee_id, signer_nip, signer_name, signer_golongan, signer_jabatan, "
                + "agency_id, agency_code, agency_name, region_code, method, ceremony_id, signed_at, content_sha256, "
                + "verification_code, status, active_nip, created_by, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
            for (PactSignature s : rows) {
                insert.setString(1, s.publicId);
                insert.setLong(2, s.election.id);
                insert.setLong(3, s.template.id);
                insert.setString(4, s.signerType.name());
                insert.setLong(5, s.employeeId);
                insert.setString(6, s.signerNip);
                insert.setString(7, s.signerName);
                insert.setString(8, s.signerGolongan);
                insert.setString(9, s.signerJabatan);
                insert.setLong(10, s.agencyId);
                insert.setString(11, s.agencyCode);
                insert.setString(12, s.agencyName);
                insert.setString(13, s.regionCode);
                insert.setString(14, s.method.name());
                insert.setLong(15, s.ceremony.id);
                insert.setObject(16, at);
                insert.setString(17, s.contentSha256);
                insert.setString(18, s.verificationCode);
                insert.setString(19, s.status.name());
                insert.setString(20, s.activeNip);
                insert.setString(21, s.createdBy);
                insert.setObject(22, at);
                insert.setObject(23, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        List<String> ids = rows.stream().map(s -> s.publicId).toList();
        try (PreparedStatement events = BatchStatements.prepare(connection, "INSERT INTO pact_signature_event "
                + "(signature_id, event_action, actor, reason, occurred_at) SELECT id, 'SIGNED', ?, NULL, ? "
                + "FROM pact_signature WHERE public_id IN (" + marks(ids.size()) + ")")) {
            events.setString(1, rows.get(0).createdBy);
            events.setObject(2, at);
            bind(events, 3, ids);
            events.executeUpdate();
        }
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement statement, int first, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(first + i, values.get(i));
        }
    }
}
