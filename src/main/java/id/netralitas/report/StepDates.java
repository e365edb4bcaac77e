package id.netralitas.report;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The day a step happened. Officers and integration scripts may record a step after the fact with
 * {@code occurredOn}: never in the future, never before the case's previous step. Deadlines the step
 * starts count from that day, and the history entry says it was backfilled.
 */
@ApplicationScoped
public class StepDates {

    @Inject
    CalendarService calendar;

    /** The step's day ({@code occurredOn}, or today), recorded on the case and in the change. */
    LocalDate of(Report report, LocalDate occurredOn, TransitionHistory.Change change) {
        if (occurredOn == null) {
            LocalDate today = calendar.today();
            report.lastStepOn = report.lastStepOn == null || today.isAfter(report.lastStepOn) ? today : report.lastStepOn;
            return today;
        }
        if (occurredOn.isAfter(calendar.latestPossibleToday())) {
            throw ApiException.badRequest("VALIDATION_FAILED")
                    .violation(FieldViolation.of("occurredOn", "DATE_IN_FUTURE", occurredOn));
        }
        if (report.lastStepOn != null && occurredOn.isBefore(report.lastStepOn)) {
            throw ApiException.badRequest("VALIDATION_FAILED")
                    .violation(FieldViolation.of("occurredOn", "DATE_ORDER", "occurredOn", report.lastStepOn));
        }
        report.lastStepOn = occurredOn;
        change.detail("occurredOn: " + occurredOn);
        return occurredOn;
    }
}
