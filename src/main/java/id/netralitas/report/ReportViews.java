package id.netralitas.report;

import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.PersonalDataCipher;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Renders reports for the current caller ({@link ReportMapper} maps): the reporter's identity only where
 * {@link ReportAccess} allows it, likely duplicates in the caller's scope (one query per report or per
 * page), visible tracks, and the actions the caller may take now.
 */
@RequestScoped
public class ReportViews {

    @Inject
    ReportAccess access;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    WorkflowActions workflow;

    /** The report as the caller may see it ({@link ReportAccess}): reporter, tracks and actions in scope. */
    public ReportResponse of(Report r) {
        return officerView(r, duplicates.inScopeOf(List.of(r)));
    }

    /** A page of reports as the caller may see them, their likely duplicates read in one query. */
    public PageResponse<ReportResponse> page(PageResponse<Report> page) {
        Map<Long, List<DuplicateCandidate>> inScope = duplicates.inScopeOf(page.items());
        return page.map(r -> officerView(r, inScope));
    }

    /**
     * The answer a public submitter (no account, or an {@code asn} filing as a citizen) gets: what they
     * sent, without anything the service knows beyond it (no register name or agency of the named
     * employees, no likely duplicates, no tracks or actions); their own identity only on the first answer.
     */
    public ReportResponse forPublicSubmitter(Report r, boolean firstAnswer) {
        return ReportMapper.toResponse(r, new ReportMapper.Extras(firstAnswer ? reporter(r) : null, true, List.of(),
                workflow.overdue(r), List.of(), List.of()));
    }

    /** The reporter's identity, decrypted; null for an anonymous report. */
    ReportResponse.ReporterResponse reporter(Report r) {
        return !r.anonymous && r.reporterNameEncrypted != null
                ? new ReportResponse.ReporterResponse(cipher.decrypt(r.reporterNameEncrypted),
                cipher.decrypt(r.reporterNikEncrypted), cipher.decrypt(r.reporterPhoneEncrypted),
                cipher.decrypt(r.reporterEmailEncrypted), cipher.decrypt(r.reporterAddressEncrypted))
                : null;
    }

    public TrackResponse of(ReportTrack t) {
        return ReportMapper.toResponse(t, workflow.overdue(t), workflow.allowedActions(t));
    }

    private ReportResponse officerView(Report r, Map<Long, List<DuplicateCandidate>> inScope) {
        return ReportMapper.toResponse(r, new ReportMapper.Extras(access.seesReporter(r) ? reporter(r) : null, false,
                inScope.getOrDefault(r.id, List.of()), workflow.overdue(r),
                r.tracks.stream().filter(access::seesTrack).map(this::of).toList(), workflow.allowedActions(r)));
    }
}
