package id.netralitas.calendar;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Holiday", description = "A national non-working day: public holiday, cuti bersama or election-day holiday")
public record HolidayResponse(
        @Schema(description = "The date", type = SchemaType.STRING, format = "date", maxLength = 10,
                example = "2024-04-10") java.time.LocalDate date,
        HolidayKind kind,
        @Schema(description = "Indonesian name as in the decree", maxLength = 255,
                example = "Hari Raya Idul Fitri 1445 H") String name,
        @Schema(description = "The SKB or Keppres that makes it a non-working day", maxLength = 1000,
                example = "SKB Menag, Menaker, MenPAN-RB No. 855 Tahun 2023, No. 3 Tahun 2023, No. 4 Tahun 2023 (12 Sep 2023)")
        String legalBasis) {

    public static HolidayResponse of(Holiday holiday) {
        return new HolidayResponse(holiday.date, holiday.kind, holiday.name, holiday.legalBasis);
    }
}
