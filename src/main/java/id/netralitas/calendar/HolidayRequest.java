package id.netralitas.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new holiday. */
@Schema(name = "HolidayCreateRequest")
public record HolidayRequest(
        @NotNull @Schema(required = true, type = SchemaType.STRING, format = "date", maxLength = 10,
                example = "2027-01-01") LocalDate date,
        @NotNull @Schema(required = true) HolidayKind kind,
        @NotBlank @Size(max = 255) @Schema(required = true, maxLength = 255, example = "Tahun Baru 2027 Masehi") String name,
        @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000,
                example = "SKB Menag, Menaker, MenPAN-RB tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027")
        String legalBasis) {

    /** A change to an existing holiday; the date is in the path. */
    @Schema(name = "HolidayUpdateRequest")
    public record Update(
            @NotNull @Schema(required = true) HolidayKind kind,
            @NotBlank @Size(max = 255) @Schema(required = true, maxLength = 255, example = "Tahun Baru 2027 Masehi") String name,
            @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000,
                    example = "SKB Menag, Menaker, MenPAN-RB tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027")
            String legalBasis) {
    }
}
