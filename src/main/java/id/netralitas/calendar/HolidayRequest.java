package id.netralitas.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new holiday. */
public record HolidayRequest(
        @NotNull LocalDate date,
        @NotNull HolidayKind kind,
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Size(max = 1000)
        String legalBasis) {

    /** A change to an existing holiday; the date is in the path. */
    public record Update(
            @NotNull HolidayKind kind,
            @NotBlank @Size(max = 255) String name,
            @NotBlank @Size(max = 1000)
            String legalBasis) {
    }
}
