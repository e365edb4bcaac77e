package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Evidence of a report in the officers' hands: added by an officer, listed and downloaded as the
 * reader may see it ({@link ReportAccess#seesOriginalEvidence()}: the file as uploaded, or a copy
 * without the metadata that could identify the reporter).
 */
@ApplicationScoped
@Transactional
public class ReportEvidenceService {

    @Inject
    ReportQueryService queries;

    @Inject
    EvidenceService evidence;

    @Inject
    ReportAccess access;

    @Inject
    Caller caller;

    public EvidenceResponse add(String reportId, EvidenceService.Submission submission) {
        Report report = queries.get(reportId);
        ReportEvidence added = evidence.add(report, submission, caller.name(), ReportEvidence.AddedVia.OFFICER);
        return EvidenceResponse.of(added, access.seesOriginalEvidence());
    }

    public List<EvidenceResponse> list(String reportId) {
        boolean original = access.seesOriginalEvidence();
        return evidence.of(queries.get(reportId)).stream().map(e -> EvidenceResponse.of(e, original)).toList();
    }

    /** A file (never a link) as uploaded or, for a reader who gets no originals, its copy without metadata. */
    public EvidenceDownload download(String reportId, String evidenceId) {
        boolean original = access.seesOriginalEvidence();
        ReportEvidence row = evidence.get(queries.get(reportId), evidenceId);
        if (row.sha256 == null) {
            throw ApiException.notFound("EVIDENCE_NOT_FOUND", evidenceId);
        }
        if (original) {
            return new EvidenceDownload(evidence.content(row), row.contentType, row.sha256, row.sizeBytes,
                    row.fileName == null ? row.publicId : row.fileName);
        }
        EvidenceService.StrippedCopy copy = evidence.stripped(row);
        return new EvidenceDownload(copy.content(), row.contentType, copy.sha256(), copy.sizeBytes(),
                EvidenceResponse.neutralName(row));
    }
}
