package id.netralitas.regulation;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/** Request and answer pieces shared by the versioned catalogue resources. */
public final class CatalogueParams {

    private CatalogueParams() {
    }

    /** Every version of one catalogue code, oldest first. */
    public record Versions<T>(List<T> items) {
    }

    /** {@code validOn} and {@code version} select a version in two exclusive ways. */
    static void requireNotBoth(String validOn, Integer version) {
        if (validOn != null && version != null) {
            throw ApiException.badRequest("VALIDATION_FAILED")
                    .violation(FieldViolation.of("validOn", "EXCLUSIVE_PARAMETERS", "validOn", "version"))
                    .violation(FieldViolation.of("version", "EXCLUSIVE_PARAMETERS", "validOn", "version"));
        }
    }

    static URI versionUri(UriInfo uri, String collection, CatalogueEntry entry) {
        return uri.getBaseUriBuilder().path("api/v1").path(collection).path(entry.code)
                .queryParam("version", entry.revision).build();
    }
}
