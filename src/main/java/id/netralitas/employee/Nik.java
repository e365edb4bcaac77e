package id.netralitas.employee;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * NIK (Nomor Induk Kependudukan), the 16-digit resident number on the KTP:
 * {@code PP KK CC DDMMYY NNNN}: province, kabupaten/kota and kecamatan of registration
 * (Kemendagri codes), birth date with the day plus 40 for women, and a serial from 0001. The
 * region prefix is checked for form only: it records where the card was issued, and regions are
 * split and renumbered over the years, so an old prefix need not exist in today's list.
 */
public record Nik(String value, String regionPrefix, MonthDay birthDay, int birthYearTwoDigits, Sex sex) {

    public static final String CODE = "NIK_INVALID";

    public static Nik parse(String raw, String field) {
        String text = raw == null ? "" : raw.trim();
        if (text.length() != 16) {
            throw invalid(field, "NIK_LENGTH", text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(field, "NIK_DIGITS", i + 1);
            }
        }
        int province = Integer.parseInt(text.substring(0, 2));
        if (province < 11 || text.startsWith("00", 2) || text.startsWith("00", 4)) {
            throw invalid(field, "NIK_REGION", text.substring(0, 6));
        }
        int day = Integer.parseInt(text.substring(6, 8));
        int month = Integer.parseInt(text.substring(8, 10));
        int yy = Integer.parseInt(text.substring(10, 12));
        Sex sex = day > 40 ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
        int realDay = day > 40 ? day - 40 : day;
        // The century is not encoded: accept the date if it exists in either 19YY or 20YY (29 February).
        if (!exists(1900 + yy, month, realDay) && !exists(2000 + yy, month, realDay)) {
            throw invalid(field, "NIK_BIRTH_DATE", text.substring(6, 12));
        }
        if (text.endsWith("0000")) {
            throw invalid(field, "NIK_SERIAL", text.substring(12));
        }
        return new Nik(text, text.substring(0, 6), MonthDay.of(month, realDay), yy, sex);
    }

    /** Whether this NIK's birth date and sex are those a NIP encodes. */
    public boolean matches(Nip nip) {
        return sex == nip.sex() && birthDay.equals(MonthDay.from(nip.birthDate()))
                && birthYearTwoDigits == nip.birthDate().getYear() % 100;
    }

    /** The NIK with all but the region prefix's first four digits and the last two hidden. */
    public static String mask(String nik) {
        if (nik == null || nik.length() < 8) {
            return nik == null ? null : "*".repeat(nik.length());
        }
        return nik.substring(0, 4) + "*".repeat(nik.length() - 6) + nik.substring(nik.length() - 2);
    }

    private static boolean exists(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static ApiException invalid(String field, String messageKey, Object... args) {
        return ApiException.badRequest("VALIDATION_FAILED").violation(FieldViolation.keyed(field, CODE, messageKey, args));
    }

    @Override
    public String toString() {
        return mask(value);
    }
}
