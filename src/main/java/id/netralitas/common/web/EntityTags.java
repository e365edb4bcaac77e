package id.netralitas.common.web;

import id.netralitas.common.error.ApiException;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its row version, and changes require
 * {@code If-Match} with the current one. Missing is 428 {@code PRECONDITION_REQUIRED}; stale is 412
 * {@code PRECONDITION_FAILED} with the current ETag in {@code currentETag}.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The strong ETag of a row version: {@code "3"} (with the quotes). */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The ETag response header value of a row version. */
    public static jakarta.ws.rs.core.EntityTag header(long version) {
        return new jakarta.ws.rs.core.EntityTag(String.valueOf(version));
    }

    /** Checks {@code If-Match} against the current version; accepts a weak tag form ({@code W/"3"}) too. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "PRECONDITION_REQUIRED");
        }
        String current = of(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals(current) || candidate.equals("*")) {
                return;
            }
        }
        throw new ApiException(412, "PRECONDITION_FAILED").with("currentETag", current);
    }
}
