package id.netralitas.report;

import id.netralitas.common.security.Caller;
import id.netralitas.common.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.StringJoiner;

/** Writes a transition into the case's hash-chained history and closes a case whose every track is closed. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TransitionHistory {

    @Inject
    ReportHistory history;

    @Inject
    Caller caller;

    /** One history entry by the caller; {@code nip} names the track, null for a case transition. */
    void record(Report report, String nip, ReportEvent.Type type, Enum<?> action, Enum<?> from, Enum<?> to,
                Change change) {
        history.append(new ReportHistory.Entry(report.id, nip, type, action.name(), from.name(), to.name(),
                caller.name(), caller.primaryRole(), Text.blankToNull(change.note()),
                Text.blankToNull(change.legalBasis()), change.document(),
                change.details().length() == 0 ? null : change.details().toString()));
    }

    /** A recommended case becomes SELESAI once every reported employee's follow-up is closed. */
    void completeIfDone(Report report) {
        if (report.status == ReportStatus.DIREKOMENDASIKAN && !report.tracks.isEmpty()
                && report.tracks.stream().allMatch(t -> t.status.closed())) {
            report.status = ReportStatus.SELESAI;
            report.statusChangedAt = Instant.now();
            history.append(new ReportHistory.Entry(report.id, null, ReportEvent.Type.COMPLETED, null,
                    ReportStatus.DIREKOMENDASIKAN.name(), ReportStatus.SELESAI.name(), "system", "system",
                    "every reported employee's follow-up is closed", null, null, null));
        }
    }

    /** What a transition writes beside the states: the request's note and legal basis, the document, the changed fields. */
    static final class Change {
        private final String note;
        private final String legalBasis;
        private final StringJoiner details = new StringJoiner("\n");
        private String document;

        Change(String note, String legalBasis, String document) {
            this.note = note;
            this.legalBasis = legalBasis;
            this.document = Text.blankToNull(document);
        }

        /** Adds one {@code field: before -> after} line. */
        Change detail(String line) {
            details.add(line);
            return this;
        }

        /** The document the transition cites instead of the request's {@code documentNumber}. */
        void document(String number) {
            this.document = number;
        }

        String note() {
            return note;
        }

        String legalBasis() {
            return legalBasis;
        }

        String document() {
            return document;
        }

        StringJoiner details() {
            return details;
        }
    }
}
