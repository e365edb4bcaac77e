package id.netralitas.employee;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Employee", description = "A civil servant in the register. Birth date, sex and appointment "
        + "come from the NIP. `nik` is shown in full to admins, the PPK of the employee's agency and the employee; "
        + "masked for other roles.")
public record EmployeeResponse(
        @Schema(maxLength = 18, pattern = "^[0-9]{18}$", example = "199705262022031008") String nip,
        @Schema(maxLength = 150, example = "Ahmad Fauzi") String name,
        EmployeeType employeeType,
        @Schema(maxLength = 8, example = "III/a") String golongan,
        @Schema(maxLength = 60, example = "Penata Muda") String pangkat,
        JabatanCategory jabatanCategory,
        @Schema(maxLength = 255, example = "Analis Kebijakan Ahli Pertama") String jabatanName,
        @Schema(maxLength = 255, example = "Bagian Organisasi Sekretariat Daerah") String unitKerja,
        @Schema(maxLength = 40, example = "KOTA-74.71") String agencyCode,
        @Schema(maxLength = 255, example = "Pemerintah Kota Kendari") String agencyName,
        @Schema(maxLength = 13, example = "74.71") String regionCode,
        EmployeeStatus status,
        @Schema(description = "From the NIP", format = "date", maxLength = 10, example = "1997-05-26") LocalDate birthDate,
        Sex sex,
        @Schema(description = "Year of appointment (TMT), from the NIP", format = "int32", minimum = "1900",
                maximum = "2200", example = "2022") int appointmentYear,
        @Schema(description = "Month of appointment (TMT CPNS), from a PNS NIP; absent for PPPK", maxLength = 7,
                pattern = "^[0-9]{4}-[0-9]{2}$", example = "2022-03") String appointmentMonth,
        @Schema(description = "NIK, in full or masked (e.g. 7471**********01) depending on the caller's role",
                maxLength = 16, example = "7471**********01") String nik,
        @Schema(description = "Personnel data blocked by BKN enforcement (read-only here)") boolean personnelBlocked,
        @Schema(description = "Reference of the blocking decision", maxLength = 255) String blockedReference,
        @Schema(format = "date-time", maxLength = 35) Instant updatedAt) {
}
