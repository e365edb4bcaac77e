package id.netralitas.report;

import id.netralitas.common.persistence.SqlFailures;
import id.netralitas.common.text.Text;
import id.netralitas.common.security.ReadableCodes;
import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.idempotency.IdempotencyRecord;
import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.PersonalDataCipher;
import id.netralitas.common.security.Roles;
import id.netralitas.election.DeadlineKind;
import id.netralitas.election.Election;
import id.netralitas.election.ElectionService;
import id.netralitas.employee.Employee;
import id.netralitas.employee.EmployeeRepository;
import id.netralitas.employee.Nik;
import id.netralitas.employee.Nip;
import id.netralitas.region.RegionService;
import id.netralitas.regulation.AuthorityFunction;
import id.netralitas.regulation.AuthorityService;
import id.netralitas.regulation.ViolationType;
import id.netralitas.regulation.ViolationTypeService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Receives reports from every channel. One home for the intake rules: which caller may send which
 * origin and channel, what a valid report is (election, dates within the election's window,
 * violation types valid on the incident date, named employees, the reporter), the reporting
 * deadline and late flag, the handling authority in force, the case number, the public receipt,
 * de-duplication by external reference, and the likely duplicates.
 */
@ApplicationScoped
public class ReportIntakeService {

    @Inject
    ReportRepository reports;

    @Inject
    ElectionService elections;

    @Inject
    ViolationTypeService violationTypes;

    @Inject
    AuthorityService authorities;

    @Inject
    RegionService regions;

    @Inject
    EmployeeRepository employees;

    @Inject
    CalendarService calendar;

    @Inject
    CaseNumbers caseNumbers;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    IdempotencyService idempotencyService;

    @Inject
    ReportHistory history;

    /** The result of one submission: the report, whether it is new, and the receipt (new public reports only). */
    public record Intake(Report report, boolean created, String receipt) {
    }

    /** Who submits: decided by the resource from the token, carried into background paths too. */
    public record Submitter(String name, String role, String agencyCode, Set<String> sources) {

        /** A submitter who writes under no external register. */
        public Submitter(String name, String role, String agencyCode) {
            this(name, role, agencyCode, Set.of());
        }

        public static Submitter of(Caller caller) {
            if (caller.isAnonymous()) {
                return new Submitter("anonymous", "public", null);
            }
            for (String role : List.of(Roles.ADMIN, Roles.BAWASLU, Roles.VERIFIER, Roles.PPK, Roles.ASN)) {
                if (caller.hasRole(role)) {
                    return new Submitter(caller.name(), role, Roles.PPK.equals(role) ? caller.requireAgency() : null,
                            caller.sources());
                }
            }
            throw ApiException.forbidden("FORBIDDEN");
        }

        /** The actor a history entry names: a public submitter is "reporter", never their account. */
        String historyActor() {
            return isPublic() ? "reporter" : name;
        }

        /** The public portal: no account, or an ASN filing as a citizen. */
        public boolean isPublic() {
            return "public".equals(role) || Roles.ASN.equals(role);
        }
    }

    /** What each kind of submitter may send: origins and channels. */
    private record Permission(Set<ReportOrigin> origins, Set<ReportChannel> channels, ReportOrigin defaultOrigin,
                              ReportChannel defaultChannel) {
    }

    private static Permission permission(Submitter submitter) {
        return switch (submitter.role()) {
            case Roles.ADMIN -> new Permission(EnumSet.allOf(ReportOrigin.class), EnumSet.allOf(ReportChannel.class),
                    ReportOrigin.LAPORAN, ReportChannel.PORTAL);
            case Roles.BAWASLU -> new Permission(EnumSet.of(ReportOrigin.LAPORAN, ReportOrigin.TEMUAN, ReportOrigin.PENERUSAN),
                    EnumSet.of(ReportChannel.BAWASLU, ReportChannel.SIGAPLAPOR, ReportChannel.SBT, ReportChannel.SP4N_LAPOR,
                            ReportChannel.HOTLINE, ReportChannel.MEDIA),
                    ReportOrigin.TEMUAN, ReportChannel.BAWASLU);
            case Roles.VERIFIER -> new Permission(EnumSet.of(ReportOrigin.INTERNAL),
                    EnumSet.of(ReportChannel.SBT, ReportChannel.SP4N_LAPOR, ReportChannel.HOTLINE, ReportChannel.INSTANSI,
                            ReportChannel.MEDIA), ReportOrigin.INTERNAL, ReportChannel.SBT);
            case Roles.PPK -> new Permission(EnumSet.of(ReportOrigin.INTERNAL), EnumSet.of(ReportChannel.INSTANSI),
                    ReportOrigin.INTERNAL, ReportChannel.INSTANSI);
            default -> new Permission(EnumSet.of(ReportOrigin.LAPORAN), EnumSet.of(ReportChannel.PORTAL),
                    ReportOrigin.LAPORAN, ReportChannel.PORTAL);
        };
    }

    /** An Idempotency-Key with what it guards: the operation and caller (scope) and the request's hash. */
    public record Idempotency(String scope, String key, String requestSha256) {
    }

    /**
     * Submits a report under an optional Idempotency-Key: a key seen before with the same request
     * returns that first report ({@code created == false}, no receipt: the receipt is shown once and
     * stored nowhere); with another request it is 422. The key is recorded in the transaction that
     * creates the report.
     */
    public Intake submit(ReportRequest request, Submitter submitter, Optional<Idempotency> idempotency) {
        if (idempotency.isPresent()) {
            Idempotency key = idempotency.get();
            Optional<IdempotencyRecord> earlier = idempotencyService.replay(key.scope(), key.key(), key.requestSha256());
            if (earlier.isPresent()) {
                Report first = QuarkusTransaction.joiningExisting()
                        .call(() -> reports.findByPublicId(earlier.get().resourceId).orElseThrow());
                return new Intake(first, false, null);
            }
        }
        return submit(request, submitter, idempotency.orElse(null));
    }

    /**
     * Submits a report. A report with a source and external id that is already registered is not
     * created again: the existing one is returned ({@code created == false}).
     */
    Intake submit(ReportRequest request, Submitter submitter, Idempotency idempotency) {
        return submit(request, submitter, idempotency, Instant.now());
    }

    /** As {@link #submit(ReportRequest, Submitter, Idempotency)}, received at a given instant (demo data). */
    Intake submit(ReportRequest request, Submitter submitter, Idempotency idempotency, Instant receivedAt) {
        Permission permission = permission(submitter);
        ReportOrigin origin = request.origin() != null ? request.origin() : permission.defaultOrigin();
        ReportChannel channel = request.channel() != null ? request.channel() : permission.defaultChannel();
        if (!permission.origins().contains(origin)) {
            throw ApiException.forbidden("REPORT_ORIGIN_NOT_ALLOWED", origin, submitter.role())
                    .with("allowedValues", permission.origins());
        }
        if (!permission.channels().contains(channel)) {
            throw ApiException.forbidden("REPORT_CHANNEL_NOT_ALLOWED", channel, submitter.role())
                    .with("allowedValues", permission.channels());
        }
        String source = request.source();
        String externalId = request.externalId() == null ? null : request.externalId().trim();
        if ((source == null) != (externalId == null || externalId.isEmpty())) {
            throw ApiException.invalidField(source == null ? "source" : "externalId", "REQUIRED_TOGETHER", "source", "externalId");
        }
        if (Roles.BAWASLU.equals(submitter.role()) && source == null) {
            throw ApiException.invalidField("externalId", "NOT_NULL");
        }
        if (submitter.isPublic() && source != null) {
            throw ApiException.invalidField("source", "NOT_ALLOWED_FOR_PUBLIC");
        }
        // A register belongs to the integration clients whose token lists it (claim "sources"): nobody
        // else may file under it, nor replay or pre-empt its numbers.
        if (source != null && !submitter.sources().contains(source)) {
            throw ApiException.forbidden("SOURCE_NOT_ALLOWED", source).with("allowedValues", submitter.sources());
        }
        if (source != null) {
            Optional<Report> existing = QuarkusTransaction.joiningExisting()
                    .call(() -> reports.findByExternal(source, externalId));
            if (existing.isPresent()) {
                return new Intake(existing.get(), false, null);
            }
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Intake intake = create(request, submitter, origin, channel, source, externalId, receivedAt);
                if (idempotency != null) {
                    idempotencyService.remember(idempotency.scope(), idempotency.key(), idempotency.requestSha256(),
                            intake.report().publicId, 201, null);
                }
                return intake;
            });
        } catch (RuntimeException e) {
            // Two submissions of one external reference racing: the loser returns the winner's report.
            if (source != null && SqlFailures.isUniqueViolation(e)) {
                Optional<Report> winner = QuarkusTransaction.requiringNew()
                        .call(() -> reports.findByExternal(source, externalId));
                if (winner.isPresent()) {
                    return new Intake(winner.get(), false, null);
                }
            }
            throw e;
        }
    }

    private Intake create(ReportRequest r, Submitter submitter, ReportOrigin origin, ReportChannel channel, String source,
                          String externalId, Instant receivedAt) {
        LocalDate receivedDate = receivedAt.atZone(CalendarService.ZONE).toLocalDate();
        LocalDate latest = calendar.latestPossibleToday();
        List<FieldViolation> invalid = new ArrayList<>();
        List<FieldViolation> unknown = new ArrayList<>();

        Election election = elections.find(r.electionCode().trim().toUpperCase(Locale.ROOT)).orElse(null);
        if (election == null) {
            unknown.add(FieldViolation.of("electionCode", "ELECTION_UNKNOWN", r.electionCode()));
        }
        LocalDate incident = r.incidentDate();
        LocalDate known = r.knownDate() != null ? r.knownDate() : incident;
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
        String regionCode = null;
        try {
            regionCode = regions.requireExisting(r.incidentRegionCode(), "incidentRegionCode").code;
        } catch (ApiException e) {
            (e.status() == 422 ? unknown : invalid).addAll(e.violations());
        }

        List<ViolationType> types = new ArrayList<>();
        Set<String> seenCodes = new HashSet<>();
        for (int i = 0; i < r.violationTypeCodes().size(); i++) {
            String field = "violationTypeCodes[" + i + "]";
            String code = r.violationTypeCodes().get(i).trim().toUpperCase(Locale.ROOT);
            if (!seenCodes.add(code)) {
                invalid.add(FieldViolation.of(field, "DUPLICATE", code));
                continue;
            }
            Optional<ViolationType> valid = violationTypes.findValidOn(code, incident);
            if (valid.isPresent()) {
                types.add(valid.get());
            } else if (violationTypes.exists(code)) {
                unknown.add(FieldViolation.of(field, "VIOLATION_TYPE_NOT_VALID_ON", code, incident));
            } else {
                unknown.add(FieldViolation.of(field, "VIOLATION_TYPE_UNKNOWN", code));
            }
        }

        List<ReportEmployee> named = new ArrayList<>();
        Set<String> seenNips = new HashSet<>();
        for (int i = 0; i < r.reportedEmployees().size(); i++) {
            String field = "reportedEmployees[" + i + "]";
            ReportRequest.ReportedEmployee given = r.reportedEmployees().get(i);
            ReportEmployee row = new ReportEmployee();
            row.position = i + 1;
            row.jabatan = Text.blankToNull(given.jabatan());
            row.agencyText = Text.blankToNull(given.agencyText());
            if (given.nip() != null && !given.nip().isBlank()) {
                try {
                    String nip = Nip.parse(given.nip(), field + ".nip", latest).value();
                    if (!seenNips.add(nip)) {
                        invalid.add(FieldViolation.of(field + ".nip", "DUPLICATE", nip));
                        continue;
                    }
                    Optional<Employee> employee = employees.findByNip(nip);
                    if (employee.isEmpty()) {
                        unknown.add(FieldViolation.of(field + ".nip", "EMPLOYEE_UNKNOWN", nip));
                        continue;
                    }
                    row.nip = nip;
                    row.employee = employee.get();
                    row.agency = employee.get().agency;
                    row.name = given.name() != null && !given.name().isBlank() ? given.name().trim() : employee.get().name;
                } catch (ApiException e) {
                    invalid.addAll(e.violations());
                    continue;
                }
            } else {
                if (given.name() == null || given.name().isBlank()) {
                    invalid.add(FieldViolation.of(field + ".name", "NOT_NULL"));
                }
                if (row.agencyText == null) {
                    invalid.add(FieldViolation.of(field + ".agencyText", "NOT_NULL"));
                }
                row.name = given.name() == null ? null : given.name().trim();
            }
            if (Roles.PPK.equals(submitter.role())
                    && (row.agency == null || !row.agency.code.equalsIgnoreCase(submitter.agencyCode()))) {
                throw ApiException.forbidden("AGENCY_OUT_OF_SCOPE", submitter.agencyCode())
                        .violation(FieldViolation.of(field + ".nip", "AGENCY_OUT_OF_SCOPE", submitter.agencyCode()));
            }
            named.add(row);
        }

        boolean anonymous = Boolean.TRUE.equals(r.anonymous());
        ReportRequest.Reporter reporter = r.reporter();
        String reporterNik = null;
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
        if (reporter != null && reporter.nik() != null && !reporter.nik().isBlank()) {
            try {
                reporterNik = Nik.parse(reporter.nik(), "reporter.nik").value();
            } catch (ApiException e) {
                invalid.addAll(e.violations());
            }
        }
        if (!invalid.isEmpty()) {
            invalid.addAll(unknown);
            throw ApiException.badRequest("VALIDATION_FAILED").violations(invalid);
        }
        if (!unknown.isEmpty()) {
            throw ApiException.unprocessable("VALIDATION_FAILED").violations(unknown);
        }

        Report report = new Report();
        report.publicId = UUID.randomUUID().toString();
        report.caseNumber = caseNumbers.next(receivedDate.getYear());
        report.origin = origin;
        report.channel = channel;
        report.election = election;
        report.candidatePhase = r.candidatePhase() != null ? r.candidatePhase() : election.candidatePhaseOn(incident);
        report.candidateName = Text.blankToNull(r.candidateName());
        report.candidateOffice = r.candidateOffice();
        report.incidentDate = incident;
        report.knownDate = known;
        report.receivedAt = receivedAt;
        report.statusChangedAt = receivedAt;
        report.incidentRegionCode = regionCode;
        report.incidentPlace = Text.blankToNull(r.incidentPlace());
        report.description = r.description().trim();
        report.anonymous = anonymous;
        report.confidential = Boolean.TRUE.equals(r.confidential());
        if (reporter != null) {
            report.reporterNameEncrypted = cipher.encrypt(reporter.name().trim());
            report.reporterNikEncrypted = cipher.encrypt(reporterNik);
            report.reporterPhoneEncrypted = cipher.encrypt(Text.blankToNull(reporter.phone()));
            report.reporterEmailEncrypted = cipher.encrypt(Text.blankToNull(reporter.email()));
            report.reporterAddressEncrypted = cipher.encrypt(Text.blankToNull(reporter.address()));
        }
        report.externalSource = source;
        report.externalId = externalId;
        report.intakeAuthorityCode = authorities.on(receivedDate, AuthorityFunction.INTAKE).map(a -> a.code).orElse(null);
        report.handlingAuthorityCode = authorities.on(receivedDate, AuthorityFunction.SUPERVISION).map(a -> a.code)
                .orElseThrow(() -> ApiException.conflict("NO_HANDLING_AUTHORITY", receivedDate));
        report.status = origin == ReportOrigin.TEMUAN ? ReportStatus.DIREGISTRASI : ReportStatus.DITERIMA;
        DeadlineKind deadlineKind = switch (origin) {
            case LAPORAN -> DeadlineKind.REPORTING;
            case TEMUAN -> DeadlineKind.FINDING;
            default -> null;
        };
        if (deadlineKind != null) {
            elections.deadline(election, deadlineKind, known).ifPresent(deadline -> {
                report.reportingDeadline = deadline.dueDate();
                report.lateReport = receivedDate.isAfter(deadline.dueDate());
            });
        }
        String receipt = null;
        if (submitter.isPublic()) {
            receipt = ReadableCodes.generate();
            report.receiptSha256 = ReadableCodes.hash(ReadableCodes.normalize(receipt).orElseThrow());
        }
        report.submittedBy = submitter.name();
        report.submittedRole = submitter.role();
        for (ReportEmployee row : named) {
            row.report = report;
            report.employees.add(row);
        }
        for (ViolationType type : types) {
            ReportViolationType link = new ReportViolationType();
            link.report = report;
            link.violationType = type;
            link.code = type.code;
            report.violationTypes.add(link);
        }
        DeadlineKind caseDeadline = report.status == ReportStatus.DITERIMA ? DeadlineKind.PRELIMINARY_REVIEW
                : DeadlineKind.BAWASLU_DECISION;
        elections.deadline(election, caseDeadline, receivedDate).ifPresent(d -> {
            report.deadlineKind = caseDeadline;
            report.deadlineDue = d.dueDate();
        });
        reports.persist(report);
        reports.flush();
        duplicates.atIntake(report);
        history.append(new ReportHistory.Entry(report.id, null, ReportEvent.Type.RECEIVED, null, null,
                report.status.name(), submitter.historyActor(), submitter.role(), null, null, externalId,
                "origin: " + origin + "\nchannel: " + channel + "\nelection: " + election.code
                        + "\nviolationTypes: " + String.join(", ", seenCodes)
                        + "\nreportedEmployees: " + named.size() + (report.lateReport ? "\nlateReport: true" : "")));
        return new Intake(report, true, receipt);
    }

}
