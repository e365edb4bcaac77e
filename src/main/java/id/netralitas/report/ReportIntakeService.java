package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.idempotency.IdempotencyRecord;
import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.persistence.SqlFailures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Receives reports from every channel, one transaction per report: the submitter's permissions
 * ({@link IntakePolicy}), de-duplication by external reference, validation ({@link ReportValidator}),
 * assembly ({@link ReportFactory}), the likely duplicates, the history entry, the steps an integration
 * client pushes with a case already in progress ({@link CaseTransitions#pushed}) and the Idempotency-Key.
 */
@ApplicationScoped
@Transactional
public class ReportIntakeService {

    @Inject
    ReportRepository reports;

    @Inject
    ReportValidator validator;

    @Inject
    ReportFactory factory;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    IdempotencyService idempotencyService;

    @Inject
    ReportHistory history;

    @Inject
    ReportViews views;

    @Inject
    ReportAccess access;

    @Inject
    CaseTransitions transitions;

    /** The result of one submission: the report, whether it is new, and the receipt (new public reports only). */
    public record Intake(Report report, boolean created, String receipt) {
    }

    /** What the submitter is answered: the report as they may see it, and whether it is new. */
    public record Submission(ReportIntakeResponse body, boolean created) {
    }

    /** An Idempotency-Key with what it guards: the operation and caller (scope) and the request's hash. */
    public record Idempotency(String scope, String key, String requestSha256) {
    }

    /**
     * Submits a report and renders the answer. Under an Idempotency-Key seen before with the same request
     * the first report is answered ({@code created == false}, no receipt: it is shown once and stored
     * nowhere); with another request it is 422. The key is recorded with the report it created.
     */
    public Submission submit(ReportRequest request, Submitter submitter, Optional<Idempotency> idempotency) {
        Optional<Report> first = idempotency.flatMap(this::replayed);
        if (first.isPresent()) {
            return render(new Intake(first.get(), false, null), submitter);
        }
        try {
            return render(receive(request, submitter, Instant.now(), idempotency.orElse(null)), submitter);
        } catch (RuntimeException e) {
            return answerWinnerInNewTransaction(request, e, winner -> render(new Intake(winner, false, null), submitter));
        }
    }

    /**
     * Registers a report (batches). A report with a source and external id that is already registered is
     * not created again: the existing one is returned ({@code created == false}).
     */
    public Intake register(ReportRequest request, Submitter submitter) {
        return registerReceivedAt(request, submitter, Instant.now());
    }

    /** As {@link #register}, received at a given instant (demo data). */
    public Intake registerReceivedAt(ReportRequest request, Submitter submitter, Instant receivedAt) {
        try {
            return receive(request, submitter, receivedAt, null);
        } catch (RuntimeException e) {
            return answerWinnerInNewTransaction(request, e, winner -> new Intake(winner, false, null));
        }
    }

    private Optional<Report> replayed(Idempotency key) {
        Optional<IdempotencyRecord> earlier = idempotencyService.replay(key.scope(), key.key(), key.requestSha256());
        return earlier.map(e -> reports.findByPublicId(e.resourceId).orElseThrow());
    }

    private Intake receive(ReportRequest request, Submitter submitter, Instant receivedAt, Idempotency idempotency) {
        IntakePolicy policy = IntakePolicy.of(submitter);
        IntakePolicy.Route route = policy.route(request);
        IntakePolicy.External external = policy.external(request);
        if (external.present()) {
            Optional<Report> existing = reports.findByExternal(external.source(), external.externalId());
            if (existing.isPresent()) {
                return new Intake(existing.get(), false, null);
            }
        }
        ReportValidator.Checked checked = validator.check(request, route.origin());
        policy.requireOwnAgency(checked.named());
        if (!checked.violations().isEmpty()) {
            throw checked.violations().problem();
        }
        ReportFactory.Assembled assembled = factory.assemble(request, submitter, route, external, checked, receivedAt);
        Report report = assembled.report();
        reports.persist(report);
        reports.flush();
        duplicates.atIntake(report);
        history.append(factory.received(report, submitter, checked));
        List<TransitionRequests.CaseTransition> steps = request.steps() == null ? List.of() : request.steps();
        for (int i = 0; i < steps.size(); i++) {
            transitions.pushed(report, steps.get(i), "steps[" + i + "].");
        }
        if (idempotency != null) {
            idempotencyService.remember(idempotency.scope(), idempotency.key(), idempotency.requestSha256(),
                    report.publicId, 201, null);
        }
        return new Intake(report, true, assembled.receipt());
    }

    /** A public submitter sees their own report; anyone else what they may read now, a replay only in scope. */
    private Submission render(Intake intake, Submitter submitter) {
        if (submitter.isPublic()) {
            return new Submission(new ReportIntakeResponse(views.forPublicSubmitter(intake.report(), intake.created()),
                    intake.receipt()), intake.created());
        }
        if (!intake.created() && !access.inScope(intake.report())) {
            throw ApiException.conflict("EXTERNAL_REFERENCE_CONFLICT");
        }
        return new Submission(new ReportIntakeResponse(views.of(intake.report()), null), intake.created());
    }

    /**
     * Two submissions of one external reference racing: the loser's insert fails on the unique reference
     * and its transaction is rolled back; the winner's report is read and answered in a new one.
     */
    private <T> T answerWinnerInNewTransaction(ReportRequest request, RuntimeException failure, Function<Report, T> answer) {
        if (request.source() == null || !SqlFailures.isUniqueViolation(failure)) {
            throw failure;
        }
        return QuarkusTransaction.requiringNew().call(() -> answer.apply(
                reports.findByExternal(request.source(), request.externalId().trim()).orElseThrow(() -> failure)));
    }
}
