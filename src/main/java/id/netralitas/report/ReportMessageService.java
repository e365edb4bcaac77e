package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Messages on cases: officers' messages to the reporter (only where a receipt exists) and internal
 * notes, and the reporter's own messages through the receipt. A message to or from the reporter also
 * counts as an update the reporter sees.
 */
@ApplicationScoped
@Transactional
public class ReportMessageService {

    @Inject
    ReportQueryService queries;

    @Inject
    ReportMessageRepository messages;

    @Inject
    ReportHistory history;

    @Inject
    Caller caller;

    @Inject
    WorkflowActions actions;

    /** An officer writes to the reporter or adds an internal note. */
    public MessageResponse add(String reportId, MessageRequest request) {
        Report report = queries.get(reportId);
        if (request.kind() != ReportMessage.Kind.TO_REPORTER && request.kind() != ReportMessage.Kind.INTERNAL_NOTE) {
            throw ApiException.invalidField("kind", "MESSAGE_KIND_NOT_ALLOWED", request.kind());
        }
        if (request.kind() == ReportMessage.Kind.TO_REPORTER && report.receiptSha256 == null) {
            throw ApiException.conflict("REPORT_HAS_NO_RECEIPT");
        }
        return MessageResponse.of(record(report, request.kind(), request.body(), caller.name()), true);
    }

    /** Every message and note, oldest first, with their authors. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MessageResponse> list(String reportId) {
        return of(queries.get(reportId), false).stream().map(m -> MessageResponse.of(m, true)).toList();
    }

    /** A message between the ppk of the employee's agency and the verifier on the employee's follow-up. */
    public MessageResponse addToTrack(String reportId, String nip, String body) {
        Report report = queries.get(reportId);
        ReportTrack track = actions.track(report, nip);
        return MessageResponse.of(record(report, ReportMessage.Kind.TRACK, body, caller.name(), track.nip), true);
    }

    /** The messages on a follow-up the caller sees (a ppk: its own agency's), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MessageResponse> listTrack(String reportId, String nip) {
        Report report = queries.get(reportId);
        ReportTrack track = actions.track(report, nip);
        return messages.ofTrack(report, track.nip).stream().map(m -> MessageResponse.of(m, true)).toList();
    }

    /** Stores a message and its history entry, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReportMessage record(Report report, ReportMessage.Kind kind, String body, String author) {
        return record(report, kind, body, author, null);
    }

    private ReportMessage record(Report report, ReportMessage.Kind kind, String body, String author, String trackNip) {
        ReportMessage message = new ReportMessage();
        message.publicId = UUID.randomUUID().toString();
        message.report = report;
        message.kind = kind;
        message.body = body.trim();
        message.author = author;
        message.trackNip = trackNip;
        message.createdAt = Instant.now();
        messages.persist(message);
        history.append(new ReportHistory.Entry(report.id, trackNip, ReportEvent.Type.MESSAGE_ADDED, null, null, null, author,
                switch (kind) {
                    case FROM_REPORTER -> "reporter";
                    case FROM_REPORTED -> "reported";
                    default -> "officer";
                }, null, null, null,
                "message: " + message.publicId + "\nkind: " + kind));
        return message;
    }

    /** A case's messages, oldest first; only those the reporter may see when asked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportMessage> of(Report report, boolean reporterVisibleOnly) {
        return messages.ofReport(report, reporterVisibleOnly);
    }
}
