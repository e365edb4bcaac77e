package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Officers' messages on a report: to the reporter (only where a receipt exists) or internal notes. */
@ApplicationScoped
@Transactional
public class ReportMessageService {

    @Inject
    ReportQueryService queries;

    @Inject
    ReportMessages messages;

    @Inject
    Caller caller;

    public MessageResponse add(String reportId, MessageRequest request) {
        Report report = queries.get(reportId);
        if (request.kind() == ReportMessage.Kind.FROM_REPORTER) {
            throw ApiException.invalidField("kind", "MESSAGE_KIND_NOT_ALLOWED", request.kind());
        }
        if (request.kind() == ReportMessage.Kind.TO_REPORTER && report.receiptSha256 == null) {
            throw ApiException.conflict("REPORT_HAS_NO_RECEIPT");
        }
        return MessageResponse.of(messages.add(report, request.kind(), request.body(), caller.name()), true);
    }

    /** Every message and note, oldest first, with their authors. */
    public List<MessageResponse> list(String reportId) {
        return messages.of(queries.get(reportId), false).stream().map(m -> MessageResponse.of(m, true)).toList();
    }
}
