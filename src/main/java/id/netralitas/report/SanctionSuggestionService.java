package id.netralitas.report;

import id.netralitas.regulation.ViolationTypeService;
import id.netralitas.regulation.ViolationTypeDtos;
import id.netralitas.regulation.ViolationType;
import id.netralitas.regulation.SanctionService;
import id.netralitas.regulation.Sanction;
import id.netralitas.regulation.LegalBasisRef;
import id.netralitas.regulation.CatalogueVersions;
import id.netralitas.regulation.AuthorityService;
import id.netralitas.regulation.AuthorityFunction;
import id.netralitas.regulation.Authority;
import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.regulation.CandidatePhase;
import id.netralitas.election.Election;
import id.netralitas.election.ElectionPhase;
import id.netralitas.election.ElectionService;
import id.netralitas.employee.EmployeeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Suggests the sanctions that may be imposed for violation types on an incident date, with their
 * legal bases in force then and the authority that supervised such cases on that date. It never
 * decides: the assessor chooses, and the PPK imposes.
 *
 * <p>Rule: for each violation type, the version valid on the incident date; its allowed sanction
 * levels; the catalogue sanctions of those levels valid on the incident date for the employee type
 * (PP 53/2010 sanctions until 2021-08-30, PP 94/2021 from 2021-08-31, PP 42/2004 moral sanctions
 * throughout); legal references of regulations not in force on that date are left out and named in
 * a warning. Everything comes from the catalogues, so a change of law is a data change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SanctionSuggestionService {

    public static final int MAX_TYPES = 20;

    @Inject
    ViolationTypeService violationTypes;

    @Inject
    SanctionService sanctions;

    @Inject
    AuthorityService authorities;

    @Inject
    ElectionService elections;

    @Inject
    CalendarService calendar;

    /** A remark about the suggestion: a message code ({@code <code>.warning} in the bundle) and its arguments. */
    public record Warning(String code, Object... args) {
    }

    /** What is suggested for one violation type. */
    public record Item(ViolationType violationType, List<LegalBasisRef> legalBasis, List<Sanction> sanctions,
                       List<Warning> warnings) {
    }

    /** The whole suggestion; {@code election}, phases and authorities may be {@code null}. */
    public record Suggestion(LocalDate incidentDate, Election election, EmployeeType employeeType, ElectionPhase electionPhase,
                             CandidatePhase candidatePhase, Authority handlingAuthority, Authority intakeAuthority,
                             List<Item> items, List<Warning> warnings) {
    }

    /**
     * The suggestion for {@code violationTypeCodes} (1 to {@value #MAX_TYPES} distinct codes) on
     * {@code incidentDate}, optionally within an election, for an employee type. Bad input is a 400;
     * codes or an election that do not exist (or a type not valid on the date) are a 422.
     */
    public Suggestion suggest(List<String> violationTypeCodes, LocalDate incidentDate, String electionCode,
                              EmployeeType employeeType) {
        validate(violationTypeCodes, incidentDate, employeeType);
        List<FieldViolation> unknown = new ArrayList<>();
        Election election = null;
        if (electionCode != null) {
            election = elections.find(electionCode).orElse(null);
            if (election == null) {
                unknown.add(FieldViolation.of("electionCode", "ELECTION_UNKNOWN", electionCode));
            }
        }
        List<ViolationType> types = new ArrayList<>();
        for (int i = 0; i < violationTypeCodes.size(); i++) {
            String code = violationTypeCodes.get(i);
            var type = violationTypes.findValidOn(code, incidentDate);
            if (type.isPresent()) {
                types.add(type.get());
            } else if (violationTypes.exists(code)) {
                unknown.add(FieldViolation.of("violationTypeCodes[" + i + "]", "VIOLATION_TYPE_NOT_VALID_ON", code,
                        incidentDate.toString()));
            } else {
                unknown.add(FieldViolation.of("violationTypeCodes[" + i + "]", "VIOLATION_TYPE_UNKNOWN", code));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.unprocessable("VALIDATION_FAILED").violations(unknown);
        }

        List<Warning> warnings = new ArrayList<>();
        ElectionPhase electionPhase = null;
        CandidatePhase candidatePhase = null;
        if (election != null) {
            electionPhase = election.phaseOn(incidentDate);
            candidatePhase = election.candidatePhaseOn(incidentDate);
            if (!election.incidentWindowContains(incidentDate)) {
                warnings.add(new Warning("SUGGESTION_OUTSIDE_INCIDENT_WINDOW", incidentDate.toString(), election.code,
                        election.incidentWindowStart.toString(), election.incidentWindowEnd.toString()));
            }
        }
        Authority supervising = authorities.on(incidentDate, AuthorityFunction.SUPERVISION).orElse(null);
        if (supervising == null) {
            warnings.add(new Warning("SUGGESTION_NO_AUTHORITY", incidentDate.toString()));
        }
        Authority intake = authorities.on(incidentDate, AuthorityFunction.INTAKE).orElse(null);

        List<Item> items = new ArrayList<>();
        for (ViolationType type : types) {
            List<Warning> itemWarnings = new ArrayList<>();
            if (candidatePhase != null && !type.candidatePhases.contains(candidatePhase)) {
                itemWarnings.add(new Warning("SUGGESTION_PHASE_MISMATCH", type.code, candidatePhase.name(),
                        ViolationTypeDtos.sorted(type.candidatePhases).toString()));
            }
            List<Sanction> found = sanctions.validOn(type.allowedSanctionLevels, incidentDate, employeeType);
            if (type.allowedSanctionLevels.isEmpty()) {
                itemWarnings.add(new Warning("SUGGESTION_LEVEL_BY_OTHER_LAW", type.code));
            } else if (found.isEmpty()) {
                itemWarnings.add(new Warning("SUGGESTION_NO_SANCTION", type.code, employeeType.name(), incidentDate.toString()));
            }
            List<LegalBasisRef> basis = inForce(type.legalBasis, incidentDate, itemWarnings);
            Set<String> seen = new HashSet<>();
            for (Sanction sanction : found) {
                for (LegalBasisRef ref : sanction.legalBasis) {
                    if (!ref.regulation.inForceOn(incidentDate) && seen.add(ref.reference().key())) {
                        itemWarnings.add(new Warning("SUGGESTION_BASIS_NOT_IN_FORCE", ref.citation(), incidentDate.toString()));
                    }
                }
            }
            items.add(new Item(type, basis, found, itemWarnings));
        }
        return new Suggestion(incidentDate, election, employeeType, electionPhase, candidatePhase, supervising, intake,
                items, warnings);
    }

    /** The references of regulations in force on {@code date}; each left out is named in a warning. */
    private static List<LegalBasisRef> inForce(List<LegalBasisRef> refs, LocalDate date, List<Warning> warnings) {
        List<LegalBasisRef> kept = new ArrayList<>();
        for (LegalBasisRef ref : refs) {
            if (ref.regulation.inForceOn(date)) {
                kept.add(ref);
            } else {
                warnings.add(new Warning("SUGGESTION_BASIS_NOT_IN_FORCE", ref.citation(), date.toString()));
            }
        }
        return kept;
    }

    private void validate(List<String> codes, LocalDate incidentDate, EmployeeType employeeType) {
        List<FieldViolation> problems = new ArrayList<>();
        if (codes == null || codes.isEmpty()) {
            problems.add(FieldViolation.of("violationTypeCodes", "REQUIRED"));
        } else if (codes.size() > MAX_TYPES) {
            problems.add(FieldViolation.of("violationTypeCodes", "TOO_MANY", MAX_TYPES));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < codes.size(); i++) {
                String field = "violationTypeCodes[" + i + "]";
                try {
                    String code = CatalogueVersions.parseCode(codes.get(i), field);
                    if (!seen.add(code)) {
                        problems.add(FieldViolation.of(field, "DUPLICATE", code));
                    }
                } catch (ApiException e) {
                    problems.addAll(e.violations());
                }
            }
        }
        if (incidentDate == null) {
            problems.add(FieldViolation.of("incidentDate", "REQUIRED"));
        } else if (incidentDate.isAfter(calendar.latestPossibleToday())) {
            problems.add(FieldViolation.of("incidentDate", "DATE_IN_FUTURE", incidentDate.toString()));
        }
        if (employeeType == null) {
            problems.add(FieldViolation.of("employeeType", "REQUIRED"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("VALIDATION_FAILED").violations(problems);
        }
    }
}
