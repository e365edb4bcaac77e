package id.netralitas.report;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** One evidence file as its reader may download it, and its HTTP answer: the ETag is the content's SHA-256. */
record EvidenceDownload(StreamingOutput content, String contentType, String sha256, long sizeBytes, String fileName) {

    /** 304 when {@code ifNoneMatch} names this content, else the file as an attachment. */
    Response response(String ifNoneMatch) {
        EntityTag tag = new EntityTag(sha256);
        if (ifNoneMatch != null && ifNoneMatch.replace("\"", "").trim().equals(sha256)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(content, contentType).tag(tag)
                .header("Content-Length", sizeBytes)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
