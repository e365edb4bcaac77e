package id.netralitas.report;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Evidence rows of reports (their file content is {@link EvidenceChunkJdbc}'s). */
@ApplicationScoped
public class ReportEvidenceRepository implements PanacheRepository<ReportEvidence> {

    /** A report's evidence, in the order it was added. */
    public List<ReportEvidence> ofReport(Report report) {
        return find("report = ?1 order by createdAt, id", report).list();
    }

    public Optional<ReportEvidence> findByPublicId(Report report, String evidenceId) {
        return find("report = ?1 and publicId = ?2", report, evidenceId).firstResultOptional();
    }
}
