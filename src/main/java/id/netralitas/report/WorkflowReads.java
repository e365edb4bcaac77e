package id.netralitas.report;

import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.web.Tagged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The workflow's reads: one follow-up, a case's history, and the integrity check of the whole history. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkflowReads {

    @Inject
    ReportQueryService queries;

    @Inject
    ReportEventRepository events;

    @Inject
    ReportHistory history;

    @Inject
    ReportAccess access;

    @Inject
    WorkflowActions actions;

    @Inject
    ReportViews views;

    public Tagged<TrackResponse> track(String reportId, String nip) {
        ReportTrack track = actions.track(queries.get(reportId), nip);
        return new Tagged<>(views.of(track), track.version);
    }

    /** The case's history, oldest first; who filed it only for a caller who sees the reporter. */
    public PageResponse<EventResponse> history(String reportId, PageParams page) {
        Report report = queries.get(reportId);
        boolean identity = access.seesReporter(report);
        return events.of(report, page).map(e -> EventResponse.of(e, identity));
    }

    public AuditVerificationResponse verifyChain() {
        ReportHistory.Verification v = history.verify();
        return new AuditVerificationResponse(v.valid(), v.eventsChecked(), v.firstBrokenSeq(), v.firstBrokenCaseNumber(),
                v.reason());
    }
}
