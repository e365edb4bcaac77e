package id.netralitas.report;

import id.netralitas.common.web.EntityTags;
import jakarta.ws.rs.core.Response;

/** A rendered body and the row version its ETag carries. */
public record Tagged<T>(T body, long version) {

    /** 200 with the body and the version's ETag. */
    public Response ok() {
        return Response.ok(body).tag(EntityTags.header(version)).build();
    }
}
