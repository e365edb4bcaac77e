package id.netralitas.report;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import id.netralitas.common.text.Text;
import id.netralitas.common.web.Tagged;
import id.netralitas.regulation.ViolationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Corrects what was filed (violation types, candidate phase, incident region, dates and place) by the
 * role that holds the case at its stage: the corrected case is validated as a whole by the intake
 * rules (catalogue versions valid on the incident date, the region taking part in the election, dates
 * in order and in the election's window), the reporting deadline is counted again, and the change is
 * one hash-chained history entry, a line {@code field: before -> after} per changed field.
 */
@ApplicationScoped
@Transactional
public class ReportCorrections {

    /** Intake's name of a reported person's field: {@code reportedEmployees[i]...}. */
    private static final Pattern PERSON = Pattern.compile("^reportedEmployees\\[(\\d+)]");

    @Inject
    ReportQueryService queries;

    @Inject
    WorkflowActions actions;

    @Inject
    ReportValidator validator;

    @Inject
    ReportFactory factory;

    @Inject
    ReportHistory history;

    @Inject
    ReportRepository reports;

    @Inject
    Caller caller;

    @Inject
    ReportViews views;

    public Tagged<ReportResponse> correct(String id, ReportCorrection correction, String ifMatch) {
        Report report = queries.get(id);
        actions.requireCorrection(report, ifMatch);
        List<ReportEmployee> kept = kept(report, correction.removeReportedPositions());
        ReportValidator.Checked checked = validator.check(corrected(report, correction, kept), report.origin);
        if (!checked.violations().isEmpty()) {
            throw renamed(checked.violations(), kept.size()).problem();
        }
        StringJoiner changes = new StringJoiner("\n");
        types(report, checked.types(), changes);
        persons(report, kept, checked.named().subList(kept.size(), checked.named().size()), changes);
        set(changes, "candidatePhase", report.candidatePhase, correction.candidatePhase(), v -> report.candidatePhase = v);
        set(changes, "incidentRegionCode", report.incidentRegionCode,
                correction.incidentRegionCode() == null ? null : checked.regionCode(), v -> report.incidentRegionCode = v);
        set(changes, "incidentDate", report.incidentDate, correction.incidentDate(), v -> report.incidentDate = v);
        set(changes, "knownDate", report.knownDate, correction.knownDate(), v -> report.knownDate = v);
        set(changes, "incidentPlace", report.incidentPlace, Text.blankToNull(correction.incidentPlace()),
                v -> report.incidentPlace = v);
        if (changes.length() == 0) {
            throw ApiException.badRequest("NOTHING_TO_CORRECT");
        }
        factory.reportingDeadline(report, report.receivedOn != null ? report.receivedOn
                : report.receivedAt.atZone(CalendarService.ZONE).toLocalDate());
        report.touch();
        history.append(new ReportHistory.Entry(report.id, null, ReportEvent.Type.CORRECTED, "CORRECT",
                report.status.name(), report.status.name(), caller.name(), caller.primaryRole(),
                correction.reason().trim(), null, null, changes.toString()));
        reports.flush();
        return new Tagged<>(views.of(report), report.version);
    }

    /** The reported persons that stay: all but the removed positions; at least one must stay. */
    private static List<ReportEmployee> kept(Report report, List<Integer> removed) {
        List<Integer> positions = removed == null ? List.of() : removed;
        for (int i = 0; i < positions.size(); i++) {
            int position = positions.get(i);
            if (report.employees.stream().noneMatch(e -> e.position == position)) {
                throw ApiException.invalidField("removeReportedPositions[" + i + "]", "EMPLOYEE_POSITION_UNKNOWN", position);
            }
        }
        List<ReportEmployee> kept = report.employees.stream().filter(e -> !positions.contains(e.position)).toList();
        if (kept.isEmpty()) {
            throw ApiException.invalidField("removeReportedPositions", "REPORTED_EMPLOYEE_REQUIRED");
        }
        return kept;
    }

    /** Intake names the persons {@code reportedEmployees[i]}; the added ones are this request's {@code addReportedEmployees[j]}. */
    private static ReportValidator.Violations renamed(ReportValidator.Violations found, int kept) {
        ReportValidator.Violations renamed = new ReportValidator.Violations();
        UnaryOperator<FieldViolation> rename = v -> {
            Matcher m = PERSON.matcher(v.field());
            return !m.find() || Integer.parseInt(m.group(1)) < kept ? v : new FieldViolation("addReportedEmployees["
                    + (Integer.parseInt(m.group(1)) - kept) + "]" + v.field().substring(m.end()), v.code(), v.messageKey(),
                    v.args(), v.message());
        };
        found.invalid().stream().map(rename).forEach(renamed.invalid()::add);
        found.unknown().stream().map(rename).forEach(renamed.unknown()::add);
        return renamed;
    }

    /** Removes the persons not kept and adds the new ones after the last position; a ppk adds only its own agency's. */
    private void persons(Report report, List<ReportEmployee> kept, List<ReportEmployee> added, StringJoiner changes) {
        for (ReportEmployee gone : new ArrayList<>(report.employees)) {
            if (!kept.contains(gone)) {
                report.employees.remove(gone);
                reports.getEntityManager().remove(gone);
                changes.add("reportedEmployees: - position " + gone.position + " (" + label(gone) + ")");
            }
        }
        String ownAgency = caller.hasRole(Roles.PPK) ? caller.agencyCode().orElse("") : null;
        int position = report.employees.stream().mapToInt(e -> e.position).max().orElse(0);
        for (int i = 0; i < added.size(); i++) {
            ReportEmployee person = added.get(i);
            if (ownAgency != null && (person.agency == null || !person.agency.code.equalsIgnoreCase(ownAgency))) {
                throw ApiException.forbidden("AGENCY_OUT_OF_SCOPE", ownAgency)
                        .violation(FieldViolation.of("addReportedEmployees[" + i + "].nip", "AGENCY_OUT_OF_SCOPE", ownAgency));
            }
            if (person.nip != null && report.employees.stream().anyMatch(e -> person.nip.equals(e.nip))) {
                throw ApiException.invalidField("addReportedEmployees[" + i + "].nip", "DUPLICATE", person.nip);
            }
            person.report = report;
            person.position = ++position;
            reports.getEntityManager().persist(person);
            report.employees.add(person);
            changes.add("reportedEmployees: + position " + person.position + " (" + label(person) + ")");
        }
    }

    private static String label(ReportEmployee person) {
        return person.nip != null ? person.nip : person.name;
    }

    /** The case as it would be after the correction, in the shape intake validates. */
    private static ReportRequest corrected(Report r, ReportCorrection c, List<ReportEmployee> kept) {
        List<String> types = c.violationTypeCodes() != null ? c.violationTypeCodes()
                : r.violationTypes.stream().map(v -> v.code).sorted().toList();
        List<ReportRequest.ReportedEmployee> named = new ArrayList<>(kept.stream()
                .map(e -> e.nip != null ? new ReportRequest.ReportedEmployee(e.nip, null, null, e.jabatan)
                        : new ReportRequest.ReportedEmployee(null, e.name, e.agencyText, e.jabatan))
                .toList());
        if (c.addReportedEmployees() != null) {
            named.addAll(c.addReportedEmployees());
        }
        // The reporter was checked at intake and is not corrected here: the case is validated as anonymous.
        return new ReportRequest(r.origin, r.channel, r.election.code, pick(c.candidatePhase(), r.candidatePhase),
                r.candidateName, r.candidateOffice, pick(c.incidentDate(), r.incidentDate), pick(c.knownDate(), r.knownDate),
                pick(c.incidentRegionCode(), r.incidentRegionCode), pick(c.incidentPlace(), r.incidentPlace),
                r.description, types, named, true, r.confidential, null, r.externalSource, r.externalId,
                r.forwardLetterNumber, r.forwardLetterDate, null, null);
    }

    /** The violation types as corrected: links added and removed, each on the version valid on the incident date. */
    private void types(Report report, List<ViolationType> corrected, StringJoiner changes) {
        Map<String, ViolationType> byCode = corrected.stream()
                .collect(Collectors.toMap(t -> t.code, Function.identity()));
        Set<String> before = report.violationTypes.stream().map(v -> v.code).collect(Collectors.toCollection(TreeSet::new));
        List<ReportViolationType> removed = new ArrayList<>();
        for (ReportViolationType link : report.violationTypes) {
            ViolationType type = byCode.get(link.code);
            if (type == null) {
                removed.add(link);
            } else {
                link.violationType = type;
            }
        }
        removed.forEach(link -> {
            report.violationTypes.remove(link);
            reports.getEntityManager().remove(link);
        });
        for (ViolationType type : corrected) {
            if (!before.contains(type.code)) {
                reports.getEntityManager().persist(ReportViolationType.link(report, type));
            }
        }
        Set<String> after = new TreeSet<>(byCode.keySet());
        if (!before.equals(after)) {
            changes.add("violationTypes: " + String.join(", ", before) + " -> " + String.join(", ", after));
        }
    }

    /** Sets a field the correction names and changes, with its history line. */
    private static <T> void set(StringJoiner changes, String field, T before, T after, Consumer<T> setter) {
        if (after != null && !Objects.equals(before, after)) {
            setter.accept(after);
            changes.add(field + ": " + (before == null ? "-" : before) + " -> " + after);
        }
    }

    private static <T> T pick(T corrected, T current) {
        return corrected != null ? corrected : current;
    }
}
