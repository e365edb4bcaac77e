package id.netralitas.employee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.common.error.ApiException;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikTest {

    @Test
    void readsRegionBirthDateAndSex() {
        Nik man = Nik.parse("7471012605970001", "nik");
        assertEquals("747101", man.regionPrefix());
        assertEquals(MonthDay.of(5, 26), man.birthDay());
        assertEquals(97, man.birthYearTwoDigits());
        assertEquals(Sex.LAKI_LAKI, man.sex());
        Nik woman = Nik.parse("7471016605970002", "nik");
        assertEquals(Sex.PEREMPUAN, woman.sex());
        assertEquals(MonthDay.of(5, 26), woman.birthDay(), "day 66 is the 26th for a woman");
        assertEquals(MonthDay.of(2, 29), Nik.parse("3201012902000003", "nik").birthDay(), "29 Feb 2000 exists");
    }

    @Test
    void agreesWithTheNipItBelongsTo() {
        Nip nip = Nip.parse("199705262022031008", "nip", LocalDate.of(2026, 1, 1));
        assertTrue(Nik.parse("7471012605970001", "nik").matches(nip));
        assertFalse(Nik.parse("7471016605970001", "nik").matches(nip), "female NIK, male NIP");
        assertFalse(Nik.parse("7471012705970001", "nik").matches(nip), "another day");
        assertFalse(Nik.parse("7471012605960001", "nik").matches(nip), "another year");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "747101260597000, NIK_LENGTH", "74710126059700011, NIK_LENGTH", "747101260597000X, NIK_DIGITS",
            "0971012605970001, NIK_REGION", "7400012605970001, NIK_REGION", "7471003205970001, NIK_REGION",
            "7471013202970001, NIK_BIRTH_DATE", "7471017202970001, NIK_BIRTH_DATE", "7471010013970001, NIK_BIRTH_DATE",
            "7471013502970001, NIK_BIRTH_DATE", "7471012605970000, NIK_SERIAL"
    })
    void rejectsMalformedNumbers(String raw, String messageKey) {
        ApiException e = assertThrows(ApiException.class, () -> Nik.parse(raw, "nik"));
        assertEquals("NIK_INVALID", e.violations().get(0).code());
        assertEquals(messageKey, e.violations().get(0).messageKey());
        assertEquals("nik", e.violations().get(0).field());
    }

    @Test
    void masksAllButTheFirstFourAndLastTwoDigits() {
        assertEquals("7471**********01", Nik.mask("7471012605970001"));
        assertEquals("7471012605970001".length(), Nik.mask("7471012605970001").length());
    }
}
