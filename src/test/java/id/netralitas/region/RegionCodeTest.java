package id.netralitas.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.common.error.ApiException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({"74,74,1", "7471,74.71,2", "74.71,74.71,2", "747101,74.71.01,3", "74.71.01,74.71.01,3",
            "7471011001,74.71.01.1001,4", "74.71.01.1001,74.71.01.1001,4", " 7471 ,74.71,2"})
    void acceptsDottedAndCompactForms(String raw, String dotted, int depth) {
        RegionCode code = RegionCode.parse(raw, "code");
        assertEquals(dotted, code.value());
        assertEquals(depth, code.depth());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7", "747", "74.7", "74..71", "74.71.", "abc", "74.71.01.100", "74711", "74-71",
            "7471.01", "٧٤"})
    void rejectsEverythingElse(String raw) {
        assertTrue(RegionCode.tryParse(raw).isEmpty(), raw);
        ApiException e = assertThrows(ApiException.class, () -> RegionCode.parse(raw, "regionCode"));
        assertEquals(400, e.status());
        assertEquals("regionCode", e.violations().get(0).field());
        assertEquals("REGION_CODE_INVALID", e.violations().get(0).code());
    }

    @Test
    void parentIsTheCodeWithoutItsLastSegment() {
        assertEquals(Optional.of(new RegionCode("74.71.01")), new RegionCode("74.71.01.1001").parent());
        assertEquals(Optional.of(new RegionCode("74")), new RegionCode("74.71").parent());
        assertEquals(Optional.empty(), new RegionCode("74").parent());
        assertEquals("74.%", new RegionCode("74").descendantsPattern());
    }
}
