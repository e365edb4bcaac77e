package id.netralitas.common.web;

import id.netralitas.common.error.ApiException;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its row version, and changes require
 * {@code If-Match} with the current one. Missing is 428 {@code PRECONDITION_REQUIRED}; {@code *} or a
 * list of several tags is 428 {@code IF_MATCH_NOT_SPECIFIC} (either would let a change through without
 * the caller having read the current version: two officers acting on one case must not both win);
 * stale is 412 {@code PRECONDITION_FAILED} with the current ETag in {@code currentETag}.
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

    /** Checks {@code If-Match} against the current version; accepts the weak form ({@code W/"3"}) of the one tag too. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "PRECONDITION_REQUIRED");
        }
        java.util.List<String> tags = java.util.Arrays.stream(ifMatch.split(","))
                .map(String::trim).filter(tag -> !tag.isEmpty()).toList();
        if (tags.size() != 1 || tags.get(0).equals("*")) {
            throw new ApiException(428, "IF_MATCH_NOT_SPECIFIC");
        }
        String candidate = tags.get(0).startsWith("W/") ? tags.get(0).substring(2) : tags.get(0);
        String current = of(currentVersion);
        if (!candidate.equals(current)) {
            throw new ApiException(412, "PRECONDITION_FAILED").with("currentETag", current);
        }
    }
}
