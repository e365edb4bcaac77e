package id.netralitas.report;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message of a case, with or without its author. */
@Schema(name = "ReportMessage", description = "A message; `author` is absent in the reporter's view")
public record MessageResponse(
        @Schema(format = "uuid", maxLength = 36) String id,
        ReportMessage.Kind kind,
        @Schema(maxLength = 5000) String body,
        @Schema(maxLength = 100) String author,
        @Schema(format = "date-time", maxLength = 35) Instant createdAt) {

    static MessageResponse of(ReportMessage m, boolean withAuthor) {
        return new MessageResponse(m.publicId, m.kind, m.body, withAuthor ? m.author : null, m.createdAt);
    }
}
