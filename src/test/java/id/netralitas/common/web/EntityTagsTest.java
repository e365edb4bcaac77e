package id.netralitas.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.netralitas.common.error.ApiException;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static ApiException refused(String ifMatch) {
        return assertThrows(ApiException.class, () -> EntityTags.requireMatch(ifMatch, 3));
    }

    @Test
    void theOneCurrentTagMatchesStrongOrWeak() {
        EntityTags.requireMatch("\"3\"", 3);
        EntityTags.requireMatch(" W/\"3\" ", 3);
        EntityTags.requireMatch("\"3\",", 3);
    }

    @Test
    void aWildcardOrSeveralTagsAreNotSpecific() {
        for (String ifMatch : new String[] {"*", " * ", "\"3\", \"4\"", "\"2\",\"3\"", "*, \"3\""}) {
            ApiException e = refused(ifMatch);
            assertEquals(428, e.status(), ifMatch);
            assertEquals("IF_MATCH_NOT_SPECIFIC", e.code(), ifMatch);
        }
    }

    @Test
    void missingAndStaleKeepTheirCodes() {
        assertEquals("PRECONDITION_REQUIRED", refused(null).code());
        assertEquals("PRECONDITION_REQUIRED", refused(" ").code());
        ApiException stale = refused("\"2\"");
        assertEquals(412, stale.status());
        assertEquals("\"3\"", stale.extensions().get("currentETag"));
    }
}
