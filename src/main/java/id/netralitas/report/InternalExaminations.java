package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What the steps of an agency's own examination (PP 94/2021) record on the case: the summons (a
 * second one when the employee did not appear, never a third), the examination minutes (BAP), the
 * decree forming the examination team, and the conclusion, which needs the minutes unless the
 * employee ignored both summons. The workflow table decides who may take each step and when, and
 * {@link WorkflowActions#refusal} what the case itself refuses.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InternalExaminations {

    static final int MAX_SUMMONS = 2;

    @Inject
    Recommendations recommendations;

    void apply(Report report, TransitionRequests.CaseTransition request, TransitionHistory.Change change) {
        String document = request.documentNumber() == null ? null : request.documentNumber().trim();
        switch (request.action()) {
            case SUMMON -> {
                report.summonsCount++;
                change.detail("summons " + report.summonsCount + ": " + document);
            }
            case RECORD_EXAMINATION -> {
                change.detail("examinationMinutesNumber: " + dash(report.examinationMinutesNumber) + " -> " + document);
                report.examinationMinutesNumber = document;
            }
            case FORM_EXAMINATION_TEAM -> {
                report.examinationTeamDecree = document;
                change.detail("examinationTeamDecree: -> " + document);
            }
            case CONCLUDE_EXAMINATION -> {
                if (report.examinationMinutesNumber == null && report.summonsCount < MAX_SUMMONS) {
                    throw ApiException.conflict("EXAMINATION_MINUTES_REQUIRED").with("currentState", report.status);
                }
                recommendations.concludeExamination(report, request.recommendation(), change, agencyOf(report));
                document = report.recommendationNumber;
            }
            default -> throw new IllegalArgumentException("not an examination step: " + request.action());
        }
        change.document(document);
    }

    /** The agency whose own case this is: the agency of the reported employees (one agency, by intake). */
    private static String agencyOf(Report report) {
        return report.employees.stream().filter(e -> e.agency != null).map(e -> e.agency.code).findFirst()
                .orElse(report.handlingAuthorityCode);
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
