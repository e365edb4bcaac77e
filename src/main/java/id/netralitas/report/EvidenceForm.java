package id.netralitas.report;

import id.netralitas.common.error.ApiException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The multipart form of an evidence upload; {@link #submission()} checks the fields the form binding cannot. */
public class EvidenceForm {
    @RestForm("kind")
    @Schema(required = true, enumeration = {"FOTO", "VIDEO", "TANGKAPAN_LAYAR", "DOKUMEN", "TAUTAN"},
            description = "Kind of evidence; TAUTAN is a link")
    public String kind;

    @RestForm("file")
    @Schema(type = SchemaType.STRING, format = "binary", maxLength = 20971520,
            description = "The file (every kind but TAUTAN)")
    public FileUpload file;

    @RestForm("url")
    @Schema(maxLength = 2000, format = "uri", description = "The link (TAUTAN)")
    public String url;

    @RestForm("description")
    @Schema(maxLength = 1000)
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
