package id.netralitas.report;

import java.time.Instant;

/** A message of a case, with or without its author. */
public record MessageResponse(
        String id,
        ReportMessage.Kind kind,
        String body,
        String author,
        Instant createdAt) {

    static MessageResponse of(ReportMessage m, boolean withAuthor) {
        return new MessageResponse(m.publicId, m.kind, m.body, withAuthor ? m.author : null, m.createdAt);
    }
}
