package id.netralitas.employee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An employee as created (POST) or replaced (PUT), and each row of a bulk import. Birth date and
 * sex are not sent: they come from the NIP. (Enum-typed fields carry no {@code }: it would
 * wrap their reference; their notes are in the type description.)
 */
public record EmployeeRequest(
        @Size(max = 18) String nip,
        @NotBlank @Size(max = 150) String name,
        @NotNull EmployeeType employeeType,
        @NotBlank @Size(max = 8) String golongan,
        @Size(max = 60) String pangkat,
        @NotNull JabatanCategory jabatanCategory,
        @NotBlank @Size(max = 255) String jabatanName,
        @Size(max = 255) String unitKerja,
        @NotBlank @Size(max = 40) String agencyCode,
        @NotBlank @Size(max = 13) String regionCode,
        EmployeeStatus status,
        @Size(max = 16) String nik,
        @Size(max = 500) String statusNote) {
}
