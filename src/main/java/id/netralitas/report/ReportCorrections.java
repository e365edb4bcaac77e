package id.netralitas.report;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Caller;
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
        ReportValidator.Checked checked = validator.check(corrected(report, correction), report.origin);
        if (!checked.violations().isEmpty()) {
            throw checked.violations().problem();
        }
        StringJoiner changes = new StringJoiner("\n");
        types(report, checked.types(), changes);
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
        history.append(new ReportHistory.Entry(report.id, null, ReportEvent.Type.CORRECTED, "CORRECT",
                report.status.name(), report.status.name(), caller.name(), caller.primaryRole(),
                correction.reason().trim(), null, null, changes.toString()));
        reports.flush();
        return new Tagged<>(views.of(report), report.version);
    }

    /** The case as it would be after the correction, in the shape intake validates. */
    private static ReportRequest corrected(Report r, ReportCorrection c) {
        List<String> types = c.violationTypeCodes() != null ? c.violationTypeCodes()
                : r.violationTypes.stream().map(v -> v.code).sorted().toList();
        List<ReportRequest.ReportedEmployee> named = r.employees.stream()
                .map(e -> e.nip != null ? new ReportRequest.ReportedEmployee(e.nip, null, null, e.jabatan)
                        : new ReportRequest.ReportedEmployee(null, e.name, e.agencyText, e.jabatan))
                .toList();
        // The reporter was checked at intake and is not corrected here: the case is validated as anonymous.
        return new ReportRequest(r.origin, r.channel, r.election.code, pick(c.candidatePhase(), r.candidatePhase),
                r.candidateName, r.candidateOffice, pick(c.incidentDate(), r.incidentDate), pick(c.knownDate(), r.knownDate),
                pick(c.incidentRegionCode(), r.incidentRegionCode), pick(c.incidentPlace(), r.incidentPlace),
                r.description, types, named, true, r.confidential, null, r.externalSource, r.externalId,
                r.forwardLetterNumber, r.forwardLetterDate, null);
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
                ReportViolationType link = new ReportViolationType();
                link.report = report;
                link.violationType = type;
                link.code = type.code;
                reports.getEntityManager().persist(link);
                report.violationTypes.add(link);
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
