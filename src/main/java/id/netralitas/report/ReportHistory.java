package id.netralitas.report;

import id.netralitas.common.security.Hashes;
import id.netralitas.event.DomainEventType;
import id.netralitas.event.DomainEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only, hash-chained history of every case. Each event stores the hash of the event
 * before it in the whole log and {@code SHA-256(prevHash + "\n" + canonical content)}; the
 * canonical content is documented in docs/audit.md. Events are written by {@link ReportHistoryJdbc}
 * under the chain head's lock, so they get consecutive sequence numbers in commit order. Nothing in
 * the service updates or deletes an event: {@link #verify()} recomputes the chain and names the first
 * event that does not fit.
 */
@ApplicationScoped
public class ReportHistory {

    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Inject
    ReportHistoryJdbc log;

    @Inject
    ReportRepository reports;

    @Inject
    DomainEvents events;

    @Inject
    ReportSearchIndex search;

    /** What to record. */
    public record Entry(long reportId, String trackNip, ReportEvent.Type type, String action, String from, String to,
                        String actor, String role, String note, String legalBasis, String documentNumber, String details) {
    }

    /** The outcome of a chain check: the first event that breaks it, if any. */
    public record Verification(boolean valid, long eventsChecked, Long firstBrokenSeq, String firstBrokenCaseNumber,
                               String reason) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Entry e) {
        log.append(e, (prevHash, seq, at) -> hash(prevHash, canonical(seq, e, at)));
        publish(e);
        if (e.type() != ReportEvent.Type.MESSAGE_ADDED && e.type() != ReportEvent.Type.EVIDENCE_ADDED
                && e.type() != ReportEvent.Type.DOCUMENT_ADDED) {
            // whatever changes a case's numbers, description or reported persons writes history too
            search.update(reports.findById(e.reportId()));
        }
    }

    /** The change-feed event of a history entry: states and document numbers, no notes, no reporter. */
    private void publish(Entry e) {
        DomainEventType type = switch (e.type()) {
            case RECEIVED -> DomainEventType.REPORT_CREATED;
            case TRANSITION, COMPLETED -> DomainEventType.REPORT_TRANSITION;
            case TRACK_TRANSITION -> DomainEventType.TRACK_TRANSITION;
            case EVIDENCE_ADDED -> DomainEventType.EVIDENCE_ADDED;
            case EMPLOYEE_LINKED -> DomainEventType.REPORT_EMPLOYEE_LINKED;
            case CORRECTED, MERGED -> DomainEventType.REPORT_CORRECTED;
            case MESSAGE_ADDED, DOCUMENT_ADDED -> null;
        };
        if (type == null) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("action", e.action());
        data.put("from", e.from());
        data.put("to", e.to());
        data.put("nip", e.trackNip());
        data.put("documentNumber", e.documentNumber());
        events.report(type, e.reportId(), data);
    }

    /** Recomputes the whole chain, a page at a time, and reports the first event that does not fit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify() {
        long expectedSeq = 1;
        String previous = GENESIS;
        long checked = 0;
        while (true) {
            List<ReportHistoryJdbc.Row> page = readPageInNewTransaction(expectedSeq);
            for (ReportHistoryJdbc.Row row : page) {
                checked++;
                String broken = row.seq() != expectedSeq ? "event " + expectedSeq + " is missing"
                        : !row.prevHash().equals(previous) ? "its previous-hash does not match the event before it"
                        : !hash(row.prevHash(), canonical(row.seq(), row.entry(), row.occurredAtUtc())).equals(row.hash())
                        ? "its content does not match its hash" : null;
                if (broken != null) {
                    return new Verification(false, checked, row.seq(), caseNumber(row.entry().reportId()), broken);
                }
                previous = row.hash();
                expectedSeq++;
            }
            if (page.size() < ReportHistoryJdbc.PAGE) {
                long lastSeq = expectedSeq - 1;
                ReportHistoryJdbc.Head head = QuarkusTransaction.requiringNew().call(log::head);
                if (head.lastSeq() != lastSeq || !head.lastHash().equals(previous)) {
                    return new Verification(false, checked, head.lastSeq(), null,
                            "the chain head (event " + head.lastSeq() + ") does not match the last event (" + lastSeq + ")");
                }
                return new Verification(true, checked, null, null, null);
            }
        }
    }

    private List<ReportHistoryJdbc.Row> readPageInNewTransaction(long fromSeq) {
        return QuarkusTransaction.requiringNew().call(() -> log.page(fromSeq));
    }

    private String caseNumber(long reportId) {
        return reports.findByIdOptional(reportId).map(r -> r.caseNumber).orElse(null);
    }

    /** The canonical content of an event: one {@code key=value} line per field, in this order. */
    static String canonical(long seq, Entry e, LocalDateTime occurredAtUtc) {
        return "seq=" + seq + "\nreport=" + e.reportId() + "\ntrack=" + text(e.trackNip()) + "\ntype=" + e.type()
                + "\naction=" + text(e.action()) + "\nfrom=" + text(e.from()) + "\nto=" + text(e.to())
                + "\nactor=" + text(e.actor()) + "\nrole=" + text(e.role()) + "\nat=" + SECONDS.format(occurredAtUtc) + "Z"
                + "\nnote=" + text(e.note()) + "\nlegalBasis=" + text(e.legalBasis())
                + "\ndocument=" + text(e.documentNumber()) + "\ndetails=" + text(e.details());
    }

    static String hash(String prevHash, String canonical) {
        return Hashes.sha256(prevHash + "\n" + canonical);
    }

    private static String text(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
