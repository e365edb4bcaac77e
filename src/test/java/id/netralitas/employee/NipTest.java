package id.netralitas.employee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.i18n.Messages;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Nip parse(String raw) {
        return Nip.parse(raw, "nip", TODAY);
    }

    @Test
    void readsAPnsNip() {
        Nip nip = parse("199705262022031008");
        assertEquals(LocalDate.of(1997, 5, 26), nip.birthDate());
        assertEquals(YearMonth.of(2022, 3), nip.appointmentMonth());
        assertEquals(2022, nip.appointmentYear());
        assertEquals(Sex.LAKI_LAKI, nip.sex());
        assertEquals(Nip.Layout.PNS, nip.layout());
        assertEquals(8, nip.serial());
        assertTrue(nip.fits(EmployeeType.PNS));
        assertTrue(nip.fits(EmployeeType.CPNS));
        assertFalse(nip.fits(EmployeeType.PPPK));
    }

    @Test
    void readsAPppkNip() {
        Nip nip = parse("200012312024211001");
        assertEquals(Nip.Layout.PPPK, nip.layout());
        assertEquals(LocalDate.of(2000, 12, 31), nip.birthDate());
        assertEquals(2024, nip.appointmentYear());
        assertNull(nip.appointmentMonth());
        assertEquals(Sex.LAKI_LAKI, nip.sex());
        assertEquals(1, nip.serial());
        assertTrue(nip.fits(EmployeeType.PPPK));
        assertFalse(nip.fits(EmployeeType.PNS));
        assertEquals(Sex.PEREMPUAN, parse("198802292021292015").sex(), "a woman, intake 9, born on a leap day");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "19970526202203100, NIP_LENGTH, must have 18 digits; found 17",
            "1997052620220310088, NIP_LENGTH, must have 18 digits; found 19",
            "19970526202203100A, NIP_DIGITS, must contain only digits 0-9; position 18 is not one",
            "'1997-05-26 2022031', NIP_DIGITS, must contain only digits 0-9; position 5 is not one",
            "199702302022031008, NIP_BIRTH_DATE, digits 1-8 (19970230) are not a real birth date",
            "199713012022031008, NIP_BIRTH_DATE, digits 1-8 (19971301) are not a real birth date",
            "189912312022031008, NIP_BIRTH_DATE_IMPLAUSIBLE, birth date 1899-12-31 is before 1900 or after today",
            "199705262022131008, NIP_APPOINTMENT_MONTH, digits 9-14 (202213) are not an appointment year and month",
            "199705262022001008, NIP_APPOINTMENT_MONTH, digits 9-14 (202200) are not an appointment year and month",
            "199705262015031008, NIP_APPOINTMENT_BEFORE_18, appointment 2015-03 is before the 18th birthday (2015-05-26)",
            "200012312017211001, NIP_APPOINTMENT_BEFORE_18, appointment 2017 is before the 18th birthday (2018-12-31)",
            "199705262030031008, NIP_APPOINTMENT_FUTURE, appointment 2030-03 is in the future",
            "199705262022033008, NIP_SEX, digit 15 must be 1 (male) or 2 (female); found 3",
            "199705262022030008, NIP_SEX, digit 15 must be 1 (male) or 2 (female); found 0",
            "200012312024201001, NIP_PPPK_INTAKE, digits 13-14 (20) are a PPPK marker with intake 0; the intake is 1 to 9"
    })
    void saysWhichPartIsWrong(String raw, String messageKey, String message) {
        ApiException e = assertThrows(ApiException.class, () -> parse(raw));
        assertEquals(400, e.status());
        FieldViolation violation = e.violations().get(0);
        assertEquals("nip", violation.field());
        assertEquals("NIP_INVALID", violation.code());
        assertEquals(messageKey, violation.messageKey());
        assertEquals(message, violation.localizedMessage(Messages.ENGLISH));
        assertFalse(violation.localizedMessage(Messages.INDONESIAN).startsWith("violation."), "Indonesian text exists");
    }

    @Test
    void appointmentInTheMonthOrYearOfThe18thBirthdayIsAccepted() {
        assertEquals(YearMonth.of(2015, 5), parse("199705262015051008").appointmentMonth());
        assertEquals(2018, parse("200012312018211001").appointmentYear(), "PPPK TMT has only a year");
    }
}
