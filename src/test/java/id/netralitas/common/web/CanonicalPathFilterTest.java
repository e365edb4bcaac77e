package id.netralitas.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CanonicalPathFilterTest {

    @Test
    void pathsAsRoutingReadsThemAreCanonical() {
        for (String path : new String[] {"/", "/api/v1/regions/74.71", "/api/v1/receipts/7KQ2%20M9XD%20-4TRA",
                "/api/v1/regulations/PP-94-2021/articles/pasal-5-huruf-n-angka-7", "/q/openapi", "/api/v1/x/%C3%A9",
                "/api/v1/x/%c3%a9", "/api/v1/regions/"}) {
            assertTrue(CanonicalPathFilter.isCanonical(path), path);
        }
    }

    @Test
    void otherSpellingsAreNot() {
        for (String path : new String[] {"", "api/v1/x", "//api/v1/x", "/api//v1", "/x/../api/v1", "/./api", "/api/v1/..",
                "/%61pi/v1", "/api/v1/%72egions", "/api/v1/x%2Fy", "/api/v1/x%2fy", "/api/%2E%2E/x", "/api/%2e",
                "/api/v1/x%5Cy", "/api\\v1", "/api;x=1/v1", "/api/v1/x%", "/api/v1/x%4", "/api/v1/x%zz", "/api/v1/%2541",
                "/api/v1/%00", "/api/v1/%7E", "/api/v1/%3B"}) {
            assertFalse(CanonicalPathFilter.isCanonical(path), path);
        }
    }

    @Test
    void escapesAreComparedInUpperCase() {
        assertEquals("/a/%C3%A9", CanonicalPathFilter.upperCaseEscapes("/a/%c3%a9"));
        assertEquals("/a/b", CanonicalPathFilter.upperCaseEscapes("/a/b"));
    }
}
