package id.netralitas.common.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** A rendered body and the row version its ETag carries ({@link EntityTags}). */
public record Tagged<T>(T body, long version) {

    /** 200 with the body and the version's ETag. */
    public Response ok() {
        return Response.ok(body).tag(EntityTags.header(version)).build();
    }

    /** 201 at {@code location} with the body and the version's ETag. */
    public Response created(URI location) {
        return Response.created(location).entity(body).tag(EntityTags.header(version)).build();
    }

    /** 200 with {@code body} and the ETag of {@code version}. */
    public static Response ok(Object body, long version) {
        return new Tagged<>(body, version).ok();
    }
}
