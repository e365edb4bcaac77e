package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.ReadableCodes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The reporter's side of a case, reached with the receipt only: the case number, a public status,
 * the last update and the messages addressed to the reporter (never internal notes or officers'
 * names); the reporter may add information and evidence. Receipts are looked up by their SHA-256
 * and the match is confirmed with a constant-time comparison; an unknown receipt is 404 (counted per
 * client by the receipt endpoints' {@code @RateLimited}).
 */
@RequestScoped
@Transactional
public class ReceiptService {

    @Inject
    ReportRepository reports;

    @Inject
    ReportMessageService messages;

    @Inject
    EvidenceService evidence;

    @Inject
    ReportTrackRepository tracks;

    /**
     * A case as its reporter sees it: {@code shown} is the case itself or, once it was merged as a
     * duplicate, the case that survived; the messages are the reporter's own conversation;
     * {@code sanctioned}: a sanction stands against someone the shown case names.
     */
    public record View(Report report, Report shown, List<ReportMessage> messages, boolean sanctioned) {
    }

    public View view(String receipt) {
        Report report = resolve(receipt);
        Report shown = CaseMerges.survivor(report);
        // Only a completed case tells the reporter whether a sanction stands.
        boolean sanctioned = shown.status == ReportStatus.SELESAI
                && tracks.count("report = ?1 and status in ?2", shown, TrackStatus.sanctionedStates()) > 0;
        return new View(report, shown, messages.of(report, true), sanctioned);
    }

    public ReportMessage addMessage(String receipt, String body) {
        return messages.record(resolve(receipt), ReportMessage.Kind.FROM_REPORTER, body, "reporter");
    }

    /** The reporter's evidence goes to the case that handles the report: the survivor of a merged duplicate. */
    public ReportEvidence addEvidence(String receipt, EvidenceService.Submission submission) {
        Report report = CaseMerges.survivor(resolve(receipt));
        return evidence.add(report, submission, "reporter", ReportEvidence.AddedVia.REPORTER);
    }

    private Report resolve(String receipt) {
        String hash = ReadableCodes.normalize(receipt).map(ReadableCodes::hash).orElse(null);
        Report report = hash == null ? null : reports.findByReceiptHash(hash).orElse(null);
        if (report == null || !ReadableCodes.sameHash(report.receiptSha256, hash)) {
            throw ApiException.notFound("RECEIPT_NOT_FOUND");
        }
        return report;
    }
}
