package id.netralitas.employee;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/**
 * NIP (Nomor Induk Pegawai), the 18-digit civil-servant number, with what it encodes.
 * <ul>
 * <li>PNS/CPNS: {@code YYYYMMDD} birth date, {@code YYYYMM} appointment (TMT CPNS), sex digit
 * (1 male, 2 female), 3-digit serial. Example {@code 199705262022031008}.</li>
 * <li>PPPK: {@code YYYYMMDD} birth date, {@code YYYY} appointment year, {@code 2} (PPPK marker),
 * intake digit 1–9, sex digit, 3-digit serial. Example {@code 200012312024211001}. Digits 13–14
 * thus read "21".."29", impossible as a month, which is what tells the layouts apart.</li>
 * </ul>
 * Parsing rejects wrong length, non-digits, impossible or implausible dates, appointment before
 * age 18 or in the future, a sex digit other than 1/2 and a PPPK intake digit 0, naming the part
 * at fault ({@code NIP_INVALID} with a specific message).
 */
public record Nip(String value, Layout layout, LocalDate birthDate, int appointmentYear,
                  YearMonth appointmentMonth, Sex sex, int serial) {

    /** Which of the two NIP layouts a number follows. */
    public enum Layout {
        PNS, PPPK;

        /** The employee types this layout is issued to. */
        public Set<EmployeeType> employeeTypes() {
            return this == PNS ? EnumSet.of(EmployeeType.PNS, EmployeeType.CPNS) : EnumSet.of(EmployeeType.PPPK);
        }
    }

    public static final String CODE = "NIP_INVALID";
    static final int EARLIEST_BIRTH_YEAR = 1900;
    static final int MINIMUM_AGE = 18;

    /** Parses a NIP given in the request field {@code nip}. */
    public static Nip parse(String raw) {
        return parse(raw, "nip", LocalDate.now());
    }

    /** Parses a NIP given in {@code field}, judging "future" against {@code today}. */
    public static Nip parse(String raw, String field, LocalDate today) {
        String text = raw == null ? "" : raw.trim();
        if (text.length() != 18) {
            throw invalid(field, "NIP_LENGTH", text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(field, "NIP_DIGITS", i + 1);
            }
        }
        LocalDate birth = date(text.substring(0, 8));
        if (birth == null) {
            throw invalid(field, "NIP_BIRTH_DATE", text.substring(0, 8));
        }
        if (birth.getYear() < EARLIEST_BIRTH_YEAR || birth.isAfter(today)) {
            throw invalid(field, "NIP_BIRTH_DATE_IMPLAUSIBLE", birth.toString());
        }
        int appointmentYear = Integer.parseInt(text.substring(8, 12));
        char marker = text.charAt(12);
        Layout layout;
        YearMonth appointmentMonth = null;
        if (marker == '2') {
            layout = Layout.PPPK;
            if (text.charAt(13) == '0') {
                throw invalid(field, "NIP_PPPK_INTAKE", text.substring(12, 14));
            }
        } else {
            layout = Layout.PNS;
            int month = Integer.parseInt(text.substring(12, 14));
            if (month < 1 || month > 12) {
                throw invalid(field, "NIP_APPOINTMENT_MONTH", text.substring(8, 14));
            }
            appointmentMonth = YearMonth.of(appointmentYear, month);
        }
        LocalDate adulthood = birth.plusYears(MINIMUM_AGE);
        boolean beforeAdulthood = layout == Layout.PNS
                ? appointmentMonth.isBefore(YearMonth.from(adulthood))
                : appointmentYear < adulthood.getYear();
        if (beforeAdulthood) {
            throw invalid(field, "NIP_APPOINTMENT_BEFORE_18",
                    layout == Layout.PNS ? appointmentMonth.toString() : String.valueOf(appointmentYear),
                    adulthood.toString());
        }
        boolean future = layout == Layout.PNS
                ? appointmentMonth.isAfter(YearMonth.from(today).plusYears(1))
                : appointmentYear > today.getYear() + 1;
        if (future) {
            throw invalid(field, "NIP_APPOINTMENT_FUTURE",
                    layout == Layout.PNS ? appointmentMonth.toString() : String.valueOf(appointmentYear));
        }
        char sexDigit = text.charAt(14);
        if (sexDigit != '1' && sexDigit != '2') {
            throw invalid(field, "NIP_SEX", String.valueOf(sexDigit));
        }
        return new Nip(text, layout, birth, appointmentYear, appointmentMonth,
                sexDigit == '1' ? Sex.LAKI_LAKI : Sex.PEREMPUAN, Integer.parseInt(text.substring(15)));
    }

    /** Whether an employee of this type may hold a NIP of this layout (PNS/CPNS vs PPPK). */
    public boolean fits(EmployeeType type) {
        return layout.employeeTypes().contains(type);
    }

    private static LocalDate date(String yyyymmdd) {
        try {
            return LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ApiException invalid(String field, String messageKey, Object... args) {
        return ApiException.badRequest("VALIDATION_FAILED").violation(FieldViolation.keyed(field, CODE, messageKey, args));
    }

    @Override
    public String toString() {
        return value;
    }
}
