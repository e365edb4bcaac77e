package id.netralitas.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.netralitas.common.error.ApiException;
import io.quarkus.panache.common.Sort;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortSpecTest {

    private final SortSpec spec = SortSpec.of("-received", "id", "name", "code", "received=receivedAt");

    @Test
    void parsesFieldsDirectionsAndAddsTheTieBreaker() {
        assertEquals(List.of("name:Ascending", "receivedAt:Descending", "id:Ascending"),
                describe(spec.parse("name,-received")));
        assertEquals(List.of("receivedAt:Descending", "id:Ascending"), describe(spec.parse(null)));
        assertEquals(List.of("name:Ascending", "id:Ascending"), describe(spec.parse("name,name")));
    }

    @Test
    void unknownFieldIsA400NamingTheAllowedOnes() {
        ApiException e = assertThrows(ApiException.class, () -> spec.parse("salary"));
        assertEquals(400, e.status());
        assertEquals("sort", e.violations().get(0).field());
        assertEquals("SORT_FIELD_UNKNOWN", e.violations().get(0).code());
        assertEquals(List.of("name", "code", "received"), List.copyOf(spec.fieldNames()));
    }

    private static List<String> describe(Sort sort) {
        return sort.getColumns().stream().map(c -> c.getName() + ":" + c.getDirection()).toList();
    }
}
