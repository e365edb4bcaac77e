package id.netralitas.report;

import id.netralitas.common.security.ReadableCodes;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.web.ClientLimits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reporter's side of a case, reached with the receipt only: the case number, a public status,
 * the last update and the messages addressed to the reporter (never internal notes or officers'
 * names); the reporter may add information and evidence. ReadableCodes are looked up by their SHA-256
 * and the match is confirmed with a constant-time comparison; an unknown receipt is 404, and a
 * client with too many unknown receipts in a window gets 429 for a while.
 */
@RequestScoped
@Transactional
public class ReceiptService {

    static final String FAILURE_POLICY = "receipt-failure";

    @Inject
    ReportRepository reports;

    @Inject
    ReportMessageService messages;

    @Inject
    EvidenceService evidence;

    @Inject
    ClientLimits limits;

    @ConfigProperty(name = "netralitas.receipt.failure-limit", defaultValue = "10")
    int failureLimit;

    @ConfigProperty(name = "netralitas.receipt.failure-window", defaultValue = "15M")
    Duration failureWindow;

    /** A case as its reporter sees it. */
    public record View(Report report, List<ReportMessage> messages) {
    }

    public View view(String receipt) {
        Report report = resolve(receipt);
        return new View(report, messages.of(report, true));
    }

    public ReportMessage addMessage(String receipt, String body) {
        return messages.add(resolve(receipt), ReportMessage.Kind.FROM_REPORTER, body, "reporter");
    }

    public ReportEvidence addEvidence(String receipt, EvidenceService.Submission submission) {
        Report report = resolve(receipt);
        ReportEvidence added = evidence.add(report, submission, "reporter", ReportEvidence.AddedVia.REPORTER);
        report.statusChangedAt = added.createdAt;
        return added;
    }

    private Report resolve(String receipt) {
        limits.requireBelow(FAILURE_POLICY, failureLimit, failureWindow);
        String hash = ReadableCodes.normalize(receipt).map(ReadableCodes::hash).orElse(null);
        Report report = hash == null ? null : reports.findByReceiptHash(hash).orElse(null);
        if (report == null || !ReadableCodes.sameHash(report.receiptSha256, hash)) {
            limits.acquire(FAILURE_POLICY, failureLimit, failureWindow);
            throw ApiException.notFound("RECEIPT_NOT_FOUND");
        }
        return report;
    }
}
