package id.netralitas.report;

import java.time.Instant;

/** Evidence of a case as its reader may see it. */
public record EvidenceResponse(
        String id,
        EvidenceKind kind,
        String fileName,
        String contentType,
        Long sizeBytes,
        String sha256,
        ContentView contentView,
        String url,
        String description,
        ReportEvidence.AddedVia addedVia,
        Instant createdAt) {

    /** What the caller's download of a file is. */
    public enum ContentView { ORIGINAL, METADATA_REMOVED, NOT_AVAILABLE }

    /**
     * The evidence as the caller may see it: with {@code original} (decided by
     * {@link ReportAccess#seesOriginalEvidence()}), as uploaded; without, a file shows nothing that
     * comes from the uploader's copy (name, size, hash).
     */
    static EvidenceResponse of(ReportEvidence e, boolean original) {
        if (e.sha256 == null) {
            return new EvidenceResponse(e.publicId, e.kind, null, null, null, null, null, e.url, e.description,
                    e.addedVia, e.createdAt);
        }
        if (original) {
            return new EvidenceResponse(e.publicId, e.kind, e.fileName, e.contentType, e.sizeBytes, e.sha256,
                    ContentView.ORIGINAL, e.url, e.description, e.addedVia, e.createdAt);
        }
        ContentView view = EvidenceSanitizer.supports(e.contentType) ? ContentView.METADATA_REMOVED
                : ContentView.NOT_AVAILABLE;
        return new EvidenceResponse(e.publicId, e.kind, neutralName(e), e.contentType, null, null, view, null,
                e.description, e.addedVia, e.createdAt);
    }

    /** A file name that says nothing of the uploader's copy. */
    static String neutralName(ReportEvidence e) {
        return "evidence-" + e.publicId + "." + EvidenceTypes.extension(e.contentType);
    }
}
