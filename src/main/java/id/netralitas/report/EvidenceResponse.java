package id.netralitas.report;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Evidence of a case as its reader may see it. */
@Schema(name = "Evidence", description = "A file (with its sniffed type and, in the original view, its name, "
        + "SHA-256 and size) or a link")
public record EvidenceResponse(
        @Schema(format = "uuid", maxLength = 36) String id,
        EvidenceKind kind,
        @Schema(maxLength = 255, description = "The uploaded name, or `evidence-<id>.<ext>` where the content is "
                + "not served as uploaded") String fileName,
        @Schema(maxLength = 100, example = "image/jpeg") String contentType,
        @Schema(format = "int64", minimum = "0", maximum = "104857600",
                description = "Size of the original; absent where the content is not served as uploaded") Long sizeBytes,
        @Schema(maxLength = 64, pattern = "^[0-9a-f]{64}$",
                description = "SHA-256 of the original; absent where the content is not served as uploaded")
        String sha256,
        @Schema(description = "What the caller may download (files only): the file as uploaded, a copy without "
                + "metadata, or nothing", maxLength = 20) ContentView contentView,
        @Schema(maxLength = 2000) String url,
        @Schema(maxLength = 1000) String description,
        ReportEvidence.AddedVia addedVia,
        @Schema(format = "date-time", maxLength = 35) Instant createdAt) {

    /** What the caller's download of a file is. */
    @Schema(name = "EvidenceContentView")
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
