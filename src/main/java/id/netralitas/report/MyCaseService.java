package id.netralitas.report;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.security.Caller;
import id.netralitas.election.DeadlineKind;
import id.netralitas.election.ElectionService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reported employee's part (the {@code asn} caller, by its token's {@code nip}): the cases naming
 * them once Bawaslu registered them or they reached the authority or the agency's examination, and
 * their answers with their evidence, and their objection to a sanction (PP 79/2021): an objection (keberatan) against a
 * decree other than dismissal, an administrative appeal (banding administratif) against a dismissal,
 * each within its election rule's time limit from the decree's date. A case that does not name the
 * caller, or is still only received, is 404, as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class MyCaseService {

    /** States in which the reported employee does not see the case: not yet registered, or set aside unregistered. */
    static final Set<ReportStatus> HIDDEN = EnumSet.of(ReportStatus.DITERIMA, ReportStatus.TIDAK_MEMENUHI_SYARAT,
            ReportStatus.DUPLIKAT);

    static final SortSpec SORT = SortSpec.of("-receivedAt", "r.id", "receivedAt=r.receivedAt", "caseNumber=r.caseNumber");

    @Inject
    Caller caller;

    @Inject
    ReportRepository reports;

    @Inject
    ReportMessageService messages;

    @Inject
    TrackTransitions tracks;

    @Inject
    EvidenceService evidence;

    @Inject
    ElectionService elections;

    @Inject
    CalendarService calendar;

    /** Sanctions that end the employment: contested by administrative appeal, not by objection. */
    @ConfigProperty(name = "netralitas.objections.dismissal-sanctions")
    Set<String> dismissals;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<MyCaseDtos.MyCaseResponse> list(PageParams page) {
        String nip = caller.requireNip();
        PanacheQuery<Report> query = reports.find("from Report r where r.status not in :hidden and exists "
                        + "(select 1 from ReportEmployee e where e.report = r and e.nip = :nip)", SORT.parse(page.sort),
                Parameters.with("hidden", HIDDEN).and("nip", nip)).page(page.page, page.size);
        return PageResponse.of(query.list().stream().map(r -> view(r, nip)).toList(), page, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MyCaseDtos.MyCaseResponse get(String id) {
        String nip = caller.requireNip();
        return view(mine(id, nip), nip);
    }

    /** The employee's answer: a message officers read, and a history entry; 409 once the case is closed. */
    public MyCaseDtos.MyCaseResponse respond(String id, MyCaseDtos.ResponseRequest request) {
        String nip = caller.requireNip();
        Report report = mine(id, nip);
        requireOpen(report);
        messages.record(report, ReportMessage.Kind.FROM_REPORTED, request.text(), caller.name());
        return view(report, nip);
    }

    /**
     * Evidence with the employee's answer (a document, a photo, a link), kept with the case for the
     * officers; 409 once the case is closed.
     */
    public EvidenceResponse addEvidence(String id, EvidenceService.Submission submission) {
        String nip = caller.requireNip();
        Report report = mine(id, nip);
        requireOpen(report);
        return EvidenceResponse.of(evidence.add(report, submission, caller.name(), ReportEvidence.AddedVia.REPORTED), true);
    }

    /** The employee contests its sanction: the track moves to objection or appeal, by the sanction's route. */
    public MyCaseDtos.MyCaseResponse object(String id, MyCaseDtos.ObjectionRequest request) {
        String nip = caller.requireNip();
        Report report = mine(id, nip);
        ReportTrack track = report.tracks.stream().filter(t -> nip.equals(t.nip)).findFirst()
                .filter(t -> t.status == TrackStatus.SANKSI_DIJATUHKAN)
                .orElseThrow(() -> ApiException.conflict("OBJECTION_NOT_POSSIBLE").with("currentState", report.status));
        LocalDate due = objectionDue(report, track);
        if (due != null && calendar.today().isAfter(due)) {
            throw ApiException.conflict("OBJECTION_DEADLINE_PASSED", due).with("currentState", track.status);
        }
        tracks.fileByEmployee(report, track, dismissal(track) ? TrackAction.FILE_APPEAL : TrackAction.FILE_OBJECTION,
                request.reason());
        return view(report, nip);
    }

    private boolean dismissal(ReportTrack track) {
        return track.sanctionCode != null && dismissals.contains(track.sanctionCode);
    }

    /**
     * The last day to contest the decree, by the election's rule for its route, counted from the day the
     * decree was delivered to the employee, or from its date while no delivery is recorded; null without
     * a rule.
     */
    private LocalDate objectionDue(Report report, ReportTrack track) {
        if (track.decreeDate == null) {
            return null;
        }
        DeadlineKind kind = dismissal(track) ? DeadlineKind.ADMINISTRATIVE_APPEAL : DeadlineKind.OBJECTION;
        LocalDate from = track.decreeDeliveredOn != null ? track.decreeDeliveredOn : track.decreeDate;
        return elections.deadline(report.election, kind, from).map(ElectionService.Deadline::dueDate).orElse(null);
    }

    private Report mine(String id, String nip) {
        return reports.findByPublicId(id == null ? "" : id)
                .filter(r -> !HIDDEN.contains(r.status) && r.employees.stream().anyMatch(e -> nip.equals(e.nip)))
                .orElseThrow(() -> ApiException.notFound("REPORT_NOT_FOUND", id));
    }

    /** Open while no decision closed it and the follow-up is not complete. */
    private static boolean open(Report report) {
        return !ReportWorkflow.TERMINAL.contains(report.status);
    }

    /** 409 {@code CASE_CLOSED}: the employee answers, or adds evidence to, an open case only. */
    private static void requireOpen(Report report) {
        if (!open(report)) {
            throw ApiException.conflict("CASE_CLOSED", report.status).with("currentState", report.status);
        }
    }

    private MyCaseDtos.MyCaseResponse view(Report r, String nip) {
        ReportTrack mine = r.tracks.stream().filter(t -> nip.equals(t.nip)).findFirst().orElse(null);
        LocalDate objectionDue = mine != null && mine.status == TrackStatus.SANKSI_DIJATUHKAN ? objectionDue(r, mine) : null;
        MyCaseDtos.MyTrack track = mine == null ? null : new MyCaseDtos.MyTrack(mine.status, mine.proven,
                mine.recommendedSanction, mine.decreeNumber, mine.decreeDate, mine.decreeDeliveredOn, mine.sanctionCode,
                mine.effectiveDate, mine.appealKind, objectionDue);
        List<MyCaseDtos.MyCaseAction> allowed = new ArrayList<>();
        if (open(r)) {
            allowed.add(MyCaseDtos.MyCaseAction.RESPOND);
        }
        if (mine != null && mine.status == TrackStatus.SANKSI_DIJATUHKAN
                && (objectionDue == null || !calendar.today().isAfter(objectionDue))) {
            allowed.add(MyCaseDtos.MyCaseAction.OBJECT);
        }
        List<MyCaseDtos.MyResponse> responses = messages.of(r, false).stream()
                .filter(m -> m.kind == ReportMessage.Kind.FROM_REPORTED && caller.name().equals(m.author))
                .map(m -> new MyCaseDtos.MyResponse(m.publicId, m.body, m.createdAt)).toList();
        List<EvidenceResponse> own = evidence.of(r).stream()
                .filter(e -> e.addedVia == ReportEvidence.AddedVia.REPORTED && caller.name().equals(e.addedBy))
                .map(e -> EvidenceResponse.of(e, true)).toList();
        return new MyCaseDtos.MyCaseResponse(r.publicId, r.caseNumber, r.election.code, r.status, r.incidentDate,
                r.incidentRegionCode, r.incidentPlace, r.confidential ? null : r.description,
                ReportMapper.violationTypes(r), track, responses, own, allowed);
    }
}
