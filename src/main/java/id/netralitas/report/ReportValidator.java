package id.netralitas.report;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.text.Text;
import id.netralitas.election.Election;
import id.netralitas.election.ElectionService;
import id.netralitas.employee.Employee;
import id.netralitas.employee.EmployeeRepository;
import id.netralitas.employee.Nik;
import id.netralitas.employee.Nip;
import id.netralitas.region.RegionService;
import id.netralitas.regulation.ViolationType;
import id.netralitas.regulation.ViolationTypeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a valid report is: a known election, dates within its window and not in the future, an
 * existing region taking part in the election, violation types valid on the incident date, named employees, and a reporter who
 * can be reached unless anonymous. Violations are collected, not thrown: malformed ones (400) apart
 * from references to things that do not exist (422).
 */
@ApplicationScoped
class ReportValidator {

    @Inject
    ElectionService elections;

    @Inject
    ViolationTypeService violationTypes;

    @Inject
    RegionService regions;

    @Inject
    EmployeeRepository employees;

    @Inject
    CalendarService calendar;

    /** The violations of one request: malformed ({@code invalid}) and unknown references ({@code unknown}). */
    record Violations(List<FieldViolation> invalid, List<FieldViolation> unknown) {
        Violations() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        boolean isEmpty() {
            return invalid.isEmpty() && unknown.isEmpty();
        }

        /** 400 with every violation when any is malformed, else 422 with the unknown references. */
        ApiException problem() {
            if (!invalid.isEmpty()) {
                List<FieldViolation> all = new ArrayList<>(invalid);
                all.addAll(unknown);
                return ApiException.badRequest("VALIDATION_FAILED").violations(all);
            }
            return ApiException.unprocessable("VALIDATION_FAILED").violations(unknown);
        }
    }

    /** The request as checked: what the lookups found, and what was wrong with it. */
    record Checked(Election election, LocalDate incident, LocalDate known, String regionCode, List<ViolationType> types,
                   Set<String> typeCodes, List<ReportEmployee> named, String reporterNik, Violations violations) {
    }

    Checked check(ReportRequest r, ReportOrigin origin) {
        LocalDate latest = calendar.latestPossibleToday();
        Violations found = new Violations();
        Election election = elections.find(r.electionCode().trim().toUpperCase(Locale.ROOT)).orElse(null);
        if (election == null) {
            found.unknown().add(FieldViolation.of("electionCode", "ELECTION_UNKNOWN", r.electionCode()));
        }
        LocalDate incident = r.incidentDate();
        LocalDate known = r.knownDate() != null ? r.knownDate() : incident;
        found.invalid().addAll(dates(incident, known, latest, election));
        String regionCode = null;
        try {
            regionCode = regions.requireExisting(r.incidentRegionCode(), "incidentRegionCode").code;
        } catch (ApiException e) {
            (e.status() == 422 ? found.unknown() : found.invalid()).addAll(e.violations());
        }
        if (election != null && regionCode != null && !elections.takesPartIn(election, regionCode)) {
            found.unknown().add(FieldViolation.of("incidentRegionCode", "REGION_NOT_IN_ELECTION", regionCode, election.code));
        }
        Set<String> typeCodes = new HashSet<>();
        List<ViolationType> types = violationTypes(r.violationTypeCodes(), incident, typeCodes, found);
        List<ReportEmployee> named = employees(r.reportedEmployees(), latest, found);
        found.invalid().addAll(reporter(r, origin));
        found.invalid().addAll(forwardLetter(r, origin, incident, latest));
        found.invalid().addAll(receivedOn(r, known, latest));
        found.invalid().addAll(steps(r));
        String reporterNik = null;
        if (r.reporter() != null && r.reporter().nik() != null && !r.reporter().nik().isBlank()) {
            try {
                reporterNik = Nik.parse(r.reporter().nik(), "reporter.nik").value();
            } catch (ApiException e) {
                found.invalid().addAll(e.violations());
            }
        }
        return new Checked(election, incident, known, regionCode, types, typeCodes, named, reporterNik, found);
    }

    /** The incident and known dates: not in the future, in order, the incident within the election's window. */
    static List<FieldViolation> dates(LocalDate incident, LocalDate known, LocalDate latest, Election election) {
        List<FieldViolation> invalid = new ArrayList<>();
        if (incident.isAfter(latest)) {
            invalid.add(FieldViolation.of("incidentDate", "DATE_IN_FUTURE", incident));
        } else if (election != null && !election.incidentWindowContains(incident)) {
            invalid.add(FieldViolation.of("incidentDate", "INCIDENT_OUTSIDE_ELECTION_WINDOW", incident, election.code,
                    election.incidentWindowStart, election.incidentWindowEnd));
        }
        if (known.isBefore(incident)) {
            invalid.add(FieldViolation.of("knownDate", "DATE_ORDER", "knownDate", "incidentDate"));
        } else if (known.isAfter(latest)) {
            invalid.add(FieldViolation.of("knownDate", "DATE_IN_FUTURE", known));
        }
        return invalid;
    }

    /** The reporter: none when anonymous; a non-anonymous LAPORAN names one who can be reached. */
    static List<FieldViolation> reporter(ReportRequest r, ReportOrigin origin) {
        List<FieldViolation> invalid = new ArrayList<>();
        boolean anonymous = Boolean.TRUE.equals(r.anonymous());
        ReportRequest.Reporter reporter = r.reporter();
        if (anonymous && reporter != null) {
            invalid.add(FieldViolation.of("reporter", "REPORTER_WITH_ANONYMOUS"));
        }
        if (!anonymous && origin == ReportOrigin.LAPORAN) {
            if (reporter == null) {
                invalid.add(FieldViolation.of("reporter", "REPORTER_REQUIRED"));
            } else if (Text.blankToNull(reporter.phone()) == null && Text.blankToNull(reporter.email()) == null
                    && Text.blankToNull(reporter.address()) == null) {
                invalid.add(FieldViolation.of("reporter", "REPORTER_CONTACT_REQUIRED"));
            }
        }
        return invalid;
    }

    /** The forward letter: number and date for a PENERUSAN, dated between the incident and today; none otherwise. */
    static List<FieldViolation> forwardLetter(ReportRequest r, ReportOrigin origin, LocalDate incident,
                                              LocalDate latest) {
        List<FieldViolation> invalid = new ArrayList<>();
        String number = Text.blankToNull(r.forwardLetterNumber());
        LocalDate date = r.forwardLetterDate();
        if (origin != ReportOrigin.PENERUSAN) {
            if (number != null || date != null) {
                invalid.add(FieldViolation.of(number != null ? "forwardLetterNumber" : "forwardLetterDate",
                        "NOT_ALLOWED_FOR_ORIGIN", origin));
            }
            return invalid;
        }
        if (number == null) {
            invalid.add(FieldViolation.of("forwardLetterNumber", "REQUIRED_FOR_ORIGIN", origin));
        }
        if (date == null) {
            invalid.add(FieldViolation.of("forwardLetterDate", "REQUIRED_FOR_ORIGIN", origin));
        } else if (date.isAfter(latest)) {
            invalid.add(FieldViolation.of("forwardLetterDate", "DATE_IN_FUTURE", date));
        } else if (date.isBefore(incident)) {
            invalid.add(FieldViolation.of("forwardLetterDate", "DATE_ORDER", "forwardLetterDate", "incidentDate"));
        }
        return invalid;
    }

    /** A case pushed later from a register: received not before it was known, not in the future, only with its reference. */
    static List<FieldViolation> receivedOn(ReportRequest r, LocalDate known, LocalDate latest) {
        LocalDate on = r.receivedOn();
        if (on == null) {
            return List.of();
        }
        if (r.source() == null) {
            return List.of(FieldViolation.of("receivedOn", "REQUIRED_TOGETHER", "receivedOn", "source"));
        }
        if (on.isAfter(latest)) {
            return List.of(FieldViolation.of("receivedOn", "DATE_IN_FUTURE", on));
        }
        return on.isBefore(known) ? List.of(FieldViolation.of("receivedOn", "DATE_ORDER", "receivedOn", "knownDate"))
                : List.of();
    }

    /** Steps pushed with a case come from the register named by {@code source}, each dated ({@code occurredOn}). */
    static List<FieldViolation> steps(ReportRequest r) {
        if (r.steps() == null || r.steps().isEmpty()) {
            return List.of();
        }
        if (r.source() == null) {
            return List.of(FieldViolation.of("steps", "REQUIRED_TOGETHER", "steps", "source"));
        }
        List<FieldViolation> invalid = new ArrayList<>();
        for (int i = 0; i < r.steps().size(); i++) {
            if (r.steps().get(i).occurredOn() == null) {
                invalid.add(FieldViolation.of("steps[" + i + "].occurredOn", "REQUIRED"));
            }
        }
        return invalid;
    }

    private List<ViolationType> violationTypes(List<String> codes, LocalDate incident, Set<String> seen,
                                               Violations found) {
        List<ViolationType> types = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "violationTypeCodes[" + i + "]";
            String code = codes.get(i).trim().toUpperCase(Locale.ROOT);
            if (!seen.add(code)) {
                found.invalid().add(FieldViolation.of(field, "DUPLICATE", code));
                continue;
            }
            Optional<ViolationType> valid = violationTypes.findValidOn(code, incident);
            if (valid.isPresent()) {
                types.add(valid.get());
            } else if (violationTypes.exists(code)) {
                found.unknown().add(FieldViolation.of(field, "VIOLATION_TYPE_NOT_VALID_ON", code, incident));
            } else {
                found.unknown().add(FieldViolation.of(field, "VIOLATION_TYPE_UNKNOWN", code));
            }
        }
        return types;
    }

    private List<ReportEmployee> employees(List<ReportRequest.ReportedEmployee> given, LocalDate latest,
                                           Violations found) {
        List<ReportEmployee> named = new ArrayList<>();
        Set<String> seenNips = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "reportedEmployees[" + i + "]";
            ReportRequest.ReportedEmployee one = given.get(i);
            ReportEmployee row = new ReportEmployee();
            row.position = i + 1;
            row.jabatan = Text.blankToNull(one.jabatan());
            row.agencyText = Text.blankToNull(one.agencyText());
            if (one.nip() != null && !one.nip().isBlank()) {
                try {
                    String nip = Nip.parse(one.nip(), field + ".nip", latest).value();
                    if (!seenNips.add(nip)) {
                        found.invalid().add(FieldViolation.of(field + ".nip", "DUPLICATE", nip));
                        continue;
                    }
                    Optional<Employee> employee = employees.findByNip(nip);
                    if (employee.isEmpty()) {
                        found.unknown().add(FieldViolation.of(field + ".nip", "EMPLOYEE_UNKNOWN", nip));
                        continue;
                    }
                    row.nip = nip;
                    row.employee = employee.get();
                    row.agency = employee.get().agency;
                    row.name = one.name() != null && !one.name().isBlank() ? one.name().trim() : employee.get().name;
                } catch (ApiException e) {
                    found.invalid().addAll(e.violations());
                    continue;
                }
            } else {
                if (one.name() == null || one.name().isBlank()) {
                    found.invalid().add(FieldViolation.of(field + ".name", "NOT_NULL"));
                }
                if (row.agencyText == null) {
                    found.invalid().add(FieldViolation.of(field + ".agencyText", "NOT_NULL"));
                }
                row.name = one.name() == null ? null : one.name().trim();
            }
            named.add(row);
        }
        return named;
    }
}
