package id.netralitas.report;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.text.Text;
import id.netralitas.employee.Employee;
import id.netralitas.regulation.AuthorityFunction;
import id.netralitas.regulation.AuthorityService;
import id.netralitas.regulation.Sanction;
import id.netralitas.regulation.SanctionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The supervising authority's recommendation, or an agency's conclusion of its own examination: one
 * outcome per reported employee, a follow-up track for each, and the check that a sanction is one the
 * catalogue allows for the case.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Recommendations {

    @Inject
    CalendarService calendar;

    @Inject
    AuthorityService authorities;

    @Inject
    SanctionSuggestionService suggestions;

    @Inject
    CaseDeadlines deadlines;

    /** Records the letter on the case and opens a track per employee (proven ones wait for their PPK). */
    void recommend(Report report, TransitionRequests.Recommendation rec, TransitionHistory.Change change) {
        conclude(report, rec, change, authorities.on(rec.letterDate(), AuthorityFunction.SUPERVISION)
                .map(a -> a.code).orElse(report.handlingAuthorityCode));
    }

    /**
     * An agency's conclusion of its own examination (PP 94/2021), issued by the agency: as a
     * recommendation, and a moderate or severe sanction needs the examination team (409
     * {@code EXAMINATION_TEAM_REQUIRED}).
     */
    void concludeExamination(Report report, TransitionRequests.Recommendation rec, TransitionHistory.Change change,
                             String agencyCode) {
        conclude(report, rec, change, agencyCode);
        for (ReportTrack track : report.tracks) {
            if (track.proven && report.examinationTeamDecree == null) {
                SanctionLevel level = allowedSanction(report, track.employee, track.recommendedSanction, "").level;
                if (level.compareTo(SanctionLevel.SEDANG) >= 0) {
                    throw ApiException.conflict("EXAMINATION_TEAM_REQUIRED", track.recommendedSanction, level)
                            .with("currentState", report.status);
                }
            }
        }
    }

    private void conclude(Report report, TransitionRequests.Recommendation rec, TransitionHistory.Change change,
                          String issuer) {
        if (rec.letterDate().isAfter(calendar.latestPossibleToday())) {
            throw ApiException.invalidField("recommendation.letterDate", "DATE_IN_FUTURE", rec.letterDate());
        }
        if (report.employees.stream().anyMatch(e -> e.nip == null)) {
            throw ApiException.conflict("EMPLOYEES_NOT_LINKED").with("currentState", report.status);
        }
        Map<String, ReportEmployee> byNip = new HashMap<>();
        report.employees.forEach(e -> byNip.put(e.nip, e));
        List<FieldViolation> invalid = coverage(byNip.keySet(), rec.employees());
        if (!invalid.isEmpty()) {
            throw ApiException.badRequest("VALIDATION_FAILED").violations(invalid);
        }
        report.recommendationNumber = rec.letterNumber().trim();
        report.recommendationDate = rec.letterDate();
        report.recommendationIssuer = issuer;
        LocalDate due = deadlines.ppkFollowUpDue(report, rec.letterDate());
        for (int i = 0; i < rec.employees().size(); i++) {
            TransitionRequests.EmployeeOutcome outcome = rec.employees().get(i);
            ReportTrack track = open(report, byNip.get(outcome.nip().trim()), rec.letterDate());
            track.proven = outcome.proven();
            if (outcome.proven()) {
                String code = outcome.sanctionCode().trim();
                requireAllowedSanction(report, track.employee, code, "recommendation.employees[" + i + "].sanctionCode");
                track.recommendedSanction = code;
                track.status = TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK;
                track.deadlineDue = due;
            } else {
                track.status = TrackStatus.TIDAK_TERBUKTI;
            }
            report.tracks.add(track);
            change.detail(track.nip + ": proven=" + track.proven + (track.proven ? ", sanction="
                    + track.recommendedSanction + ", PPK follow-up due " + due : ""));
        }
    }

    /**
     * The authority's amendment of its recommendation for employees whose follow-up still waits for the
     * ppk: proven or not, and which sanction (validated as in a recommendation); an employee found not
     * proven has its follow-up closed. 409 {@code TRACK_ALREADY_DECIDED} for one the ppk has acted on.
     */
    void amend(Report report, TransitionRequests.Recommendation rec, TransitionHistory.Change change) {
        if (rec.letterDate().isAfter(calendar.latestPossibleToday())) {
            throw ApiException.invalidField("recommendation.letterDate", "DATE_IN_FUTURE", rec.letterDate());
        }
        for (int i = 0; i < rec.employees().size(); i++) {
            TransitionRequests.EmployeeOutcome outcome = rec.employees().get(i);
            String field = "recommendation.employees[" + i + "]";
            String nip = outcome.nip().trim();
            ReportTrack track = report.tracks.stream().filter(t -> t.nip.equals(nip)).findFirst()
                    .orElseThrow(() -> ApiException.invalidField(field + ".nip", "NOT_REPORTED", nip));
            if (track.status != TrackStatus.MENUNGGU_TINDAK_LANJUT_PPK) {
                throw ApiException.conflict("TRACK_ALREADY_DECIDED", nip, track.status).with("currentState", report.status);
            }
            String before = track.proven ? "proven, sanction " + track.recommendedSanction : "not proven";
            if (outcome.proven()) {
                if (Text.blankToNull(outcome.sanctionCode()) == null) {
                    throw ApiException.invalidField(field + ".sanctionCode", "REQUIRED_FOR_ACTION", "AMEND_RECOMMENDATION");
                }
                String code = outcome.sanctionCode().trim();
                requireAllowedSanction(report, track.employee, code, field + ".sanctionCode");
                track.recommendedSanction = code;
            } else {
                track.proven = false;
                track.recommendedSanction = null;
                track.status = TrackStatus.TIDAK_TERBUKTI;
            }
            change.detail(nip + ": " + before + " -> " + (outcome.proven() ? "proven, sanction " + track.recommendedSanction
                    : "not proven"));
        }
    }

    /** The sanction must be one the catalogue allows for the case's violation types on the incident date. */
    void requireAllowedSanction(Report report, Employee employee, String code, String field) {
        allowedSanction(report, employee, code, field);
    }

    /** The catalogue's sanction of this code allowed for the case; 422 {@code SANCTION_NOT_ALLOWED} otherwise. */
    private Sanction allowedSanction(Report report, Employee employee, String code, String field) {
        List<String> codes = report.violationTypes.stream().map(v -> v.code).toList();
        SanctionSuggestionService.Suggestion suggestion = suggestions.suggest(codes, report.incidentDate,
                report.election.code, employee.employeeType);
        Map<String, Sanction> allowed = new LinkedHashMap<>();
        suggestion.items().forEach(item -> item.sanctions().forEach(s -> allowed.putIfAbsent(s.code, s)));
        Sanction sanction = allowed.get(code);
        if (sanction == null) {
            String names = String.join(", ", allowed.keySet());
            throw ApiException.unprocessable("SANCTION_NOT_ALLOWED", code, names)
                    .violation(FieldViolation.of(field, "SANCTION_NOT_ALLOWED", code, names))
                    .with("allowedSanctions", allowed.keySet());
        }
        return sanction;
    }

    /**
     * What is wrong with the outcomes given the reported NIPs: each outcome names a reported employee
     * once, a proven one carries a sanction code, and every reported employee has an outcome.
     */
    static List<FieldViolation> coverage(Set<String> reported, List<TransitionRequests.EmployeeOutcome> outcomes) {
        Set<String> covered = new HashSet<>();
        List<FieldViolation> invalid = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            TransitionRequests.EmployeeOutcome outcome = outcomes.get(i);
            String field = "recommendation.employees[" + i + "]";
            if (!reported.contains(outcome.nip().trim())) {
                invalid.add(FieldViolation.of(field + ".nip", "NOT_REPORTED", outcome.nip()));
            } else if (!covered.add(outcome.nip().trim())) {
                invalid.add(FieldViolation.of(field + ".nip", "DUPLICATE", outcome.nip()));
            }
            if (outcome.proven() && Text.blankToNull(outcome.sanctionCode()) == null) {
                invalid.add(FieldViolation.of(field + ".sanctionCode", "REQUIRED_FOR_ACTION", "RECOMMEND"));
            }
        }
        reported.stream().filter(nip -> !covered.contains(nip)).sorted()
                .forEach(nip -> invalid.add(FieldViolation.of("recommendation.employees", "EMPLOYEE_NOT_COVERED", nip)));
        return invalid;
    }

    private static ReportTrack open(Report report, ReportEmployee named, LocalDate recommendedAt) {
        ReportTrack track = new ReportTrack();
        track.report = report;
        track.reportEmployee = named;
        track.nip = named.nip;
        track.employee = named.employee;
        track.agency = named.employee.agency;
        track.recommendedAt = recommendedAt;
        track.escalationLevel = EscalationLevel.NONE;
        return track;
    }
}
