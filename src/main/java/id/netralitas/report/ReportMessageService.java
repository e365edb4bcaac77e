package id.netralitas.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Messages on cases; a message to or from the reporter also counts as an update the reporter sees. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportMessageService {

    @Inject
    ReportMessageRepository messages;

    @Inject
    ReportHistory history;

    public ReportMessage add(Report report, ReportMessage.Kind kind, String body, String author) {
        ReportMessage message = new ReportMessage();
        message.publicId = UUID.randomUUID().toString();
        message.report = report;
        message.kind = kind;
        message.body = body.trim();
        message.author = author;
        message.createdAt = Instant.now();
        messages.persist(message);
        if (kind != ReportMessage.Kind.INTERNAL_NOTE) {
            report.statusChangedAt = message.createdAt;
        }
        history.append(new ReportHistory.Entry(report.id, null, ReportEvent.Type.MESSAGE_ADDED, null, null, null, author,
                kind == ReportMessage.Kind.FROM_REPORTER ? "reporter" : "officer", null, null, null,
                "message: " + message.publicId + "\nkind: " + kind));
        return message;
    }

    /** All messages of a case, oldest first, optionally only those the reporter may see. */
    public List<ReportMessage> of(Report report, boolean reporterVisibleOnly) {
        return messages.ofReport(report, reporterVisibleOnly);
    }
}
