package id.netralitas.calendar;


public record HolidayResponse(
        java.time.LocalDate date,
        HolidayKind kind,
        String name,
        String legalBasis) {

    public static HolidayResponse of(Holiday holiday) {
        return new HolidayResponse(holiday.date, holiday.kind, holiday.name, holiday.legalBasis);
    }
}
