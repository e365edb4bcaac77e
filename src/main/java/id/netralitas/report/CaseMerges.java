package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A duplicate merged into the case that survives ({@code MARK_DUPLICATE}): its evidence, the officers'
 * notes and the reported employee's answers, and the reported persons the survivor does not name yet,
 * move to the survivor; the reporter's own conversation stays with the duplicate's receipt, which shows
 * the surviving case from then on. A duplicate of a duplicate merges into the case that survived.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseMerges {

    @Inject
    EntityManager em;

    @Inject
    ReportHistory history;

    @Inject
    Caller caller;

    /** The case a duplicate finally merges into: the named case, or the one it was itself merged into. */
    static Report survivor(Report report) {
        Report current = report;
        for (int hops = 0; current.duplicateOf != null && hops < 100; hops++) {
            current = current.duplicateOf;
        }
        return current;
    }

    /** Moves what the duplicate holds into the survivor and writes the survivor's history entry. */
    void merge(Report duplicate, Report survivor, TransitionHistory.Change change) {
        List<ReportEmployee> added = newPersons(duplicate, survivor);
        if (!added.isEmpty() && !ReportWorkflow.BEFORE_RECOMMENDATION.contains(survivor.status)) {
            throw ApiException.conflict("DUPLICATE_TARGET_DECIDED", survivor.caseNumber, survivor.status)
                    .with("currentState", duplicate.status);
        }
        int evidence = em.createQuery("update ReportEvidence e set e.report = :survivor where e.report = :duplicate")
                .setParameter("survivor", survivor).setParameter("duplicate", duplicate).executeUpdate();
        int messages = em.createQuery("update ReportMessage m set m.report = :survivor where m.report = :duplicate "
                        + "and m.kind in :kinds").setParameter("survivor", survivor).setParameter("duplicate", duplicate)
                .setParameter("kinds", List.of(ReportMessage.Kind.INTERNAL_NOTE, ReportMessage.Kind.FROM_REPORTED))
                .executeUpdate();
        StringJoiner details = new StringJoiner("\n");
        details.add("merged from: " + duplicate.caseNumber).add("evidence moved: " + evidence)
                .add("messages moved: " + messages);
        int position = survivor.employees.stream().mapToInt(e -> e.position).max().orElse(0);
        for (ReportEmployee person : added) {
            ReportEmployee copy = new ReportEmployee();
            copy.report = survivor;
            copy.position = ++position;
            copy.nip = person.nip;
            copy.employee = person.employee;
            copy.agency = person.agency;
            copy.name = person.name;
            copy.agencyText = person.agencyText;
            copy.jabatan = person.jabatan;
            em.persist(copy);
            survivor.employees.add(copy);
            details.add("reportedEmployees: + position " + copy.position + " (" + (copy.nip != null ? copy.nip : copy.name)
                    + ")");
        }
        survivor.touch();
        change.detail("merged into: " + survivor.caseNumber);
        history.append(new ReportHistory.Entry(survivor.id, null, ReportEvent.Type.MERGED, "MERGE", survivor.status.name(),
                survivor.status.name(), caller.name(), caller.primaryRole(), null, null, duplicate.caseNumber,
                details.toString()));
    }

    /** The duplicate's reported persons the survivor does not name: by NIP, or by name and agency when unlinked. */
    private static List<ReportEmployee> newPersons(Report duplicate, Report survivor) {
        List<ReportEmployee> added = new ArrayList<>();
        for (ReportEmployee person : duplicate.employees) {
            boolean named = survivor.employees.stream().anyMatch(e -> person.nip != null ? person.nip.equals(e.nip)
                    : e.nip == null && key(e.name).equals(key(person.name)) && key(e.agencyText).equals(key(person.agencyText)));
            if (!named) {
                added.add(person);
            }
        }
        return added;
    }

    private static String key(String text) {
        return Objects.toString(text, "").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
