package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The multipart form of an evidence upload; {@link #submission()} checks the fields the form binding cannot. */
public class EvidenceForm {
    @RestForm("kind")
    public String kind;

    @RestForm("file")
    public FileUpload file;

    @RestForm("url")
    public String url;

    @RestForm("description")
    public String description;

    EvidenceService.Submission submission() {
        EvidenceKind parsed = null;
        if (kind != null && !kind.isBlank()) {
            try {
                parsed = EvidenceKind.valueOf(kind.trim());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField("kind", "INVALID_ENUM_VALUE", kind,
                        "FOTO, VIDEO, TANGKAPAN_LAYAR, DOKUMEN, TAUTAN");
            }
        }
        if (description != null && description.length() > 1000) {
            throw ApiException.invalidField("description", "SIZE", 0, 1000);
        }
        return new EvidenceService.Submission(parsed, file == null ? null : file.uploadedFile(),
                file == null ? null : file.fileName(), url, description);
    }
}
