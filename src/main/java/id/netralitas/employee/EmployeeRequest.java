package id.netralitas.employee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An employee as created (POST) or replaced (PUT), and each row of a bulk import. Birth date and
 * sex are not sent: they come from the NIP. (Enum-typed fields carry no {@code @Schema}: it would
 * wrap their reference; their notes are in the type description.)
 */
@Schema(name = "EmployeeRequest", description = "An employee record. `employeeType` must agree with the NIP layout "
        + "(PNS/CPNS or PPPK). `status` defaults to AKTIF on creation and is required on replacement.")
public record EmployeeRequest(
        @Schema(description = "18-digit NIP; required on creation; on replacement it may be omitted or must equal "
                + "the path's", maxLength = 18, pattern = "^[0-9]{18}$", example = "199705262022031008")
        @Size(max = 18) String nip,
        @Schema(required = true, maxLength = 150, example = "Ahmad Fauzi") @NotBlank @Size(max = 150) String name,
        @NotNull EmployeeType employeeType,
        @Schema(required = true, description = "I/a .. IV/e for PNS and CPNS, I .. XVII for PPPK", maxLength = 8,
                example = "III/a") @NotBlank @Size(max = 8) String golongan,
        @Schema(description = "Rank; for PNS/CPNS it must be the standard one for the golongan and is filled in "
                + "when omitted; PPPK have none", maxLength = 60, example = "Penata Muda") @Size(max = 60) String pangkat,
        @NotNull JabatanCategory jabatanCategory,
        @Schema(required = true, maxLength = 255, example = "Analis Kebijakan Ahli Pertama")
        @NotBlank @Size(max = 255) String jabatanName,
        @Schema(maxLength = 255, example = "Bagian Organisasi Sekretariat Daerah") @Size(max = 255) String unitKerja,
        @Schema(required = true, maxLength = 40, example = "KOTA-74.71") @NotBlank @Size(max = 40) String agencyCode,
        @Schema(required = true, description = "Duty station: the agency's region or a region below it "
                + "(any region for central agencies)", maxLength = 13, example = "74.71")
        @NotBlank @Size(max = 13) String regionCode,
        EmployeeStatus status,
        @Schema(description = "16-digit NIK; its birth date and sex must agree with the NIP", maxLength = 16,
                pattern = "^[0-9]{16}$", example = "7471016605970001") @Size(max = 16) String nik,
        @Schema(description = "Why the status changed; kept in the status history", maxLength = 500)
        @Size(max = 500) String statusNote) {
}
