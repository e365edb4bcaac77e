package id.netralitas.report;

import id.netralitas.regulation.CandidatePhase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A report as submitted through any channel. Who may send which `origin` and `channel` depends on
 * the caller: the public (no token, or an `asn` token) sends LAPORAN through PORTAL; `bawaslu`
 * sends LAPORAN, TEMUAN and PENERUSAN with its register number (`source` + `externalId`);
 * `verifier` and `ppk` record INTERNAL reports.
 */
@Schema(name = "ReportRequest", description = "A report. `origin` defaults to LAPORAN (INTERNAL for ppk) and `channel` "
        + "to PORTAL for the public; `candidatePhase` defaults to the election's phase on the incident date; `knownDate` "
        + "(when the reporter learned of the incident) defaults to the incident date.")
public record ReportRequest(
        ReportOrigin origin,
        ReportChannel channel,
        @Schema(required = true, maxLength = 40, example = "PEMILU-2024") @NotBlank @Size(max = 40) String electionCode,
        CandidatePhase candidatePhase,
        @Schema(description = "Candidate or pair concerned", maxLength = 200, example = "Calon anggota DPRD Provinsi Sultra")
        @Size(max = 200) String candidateName,
        CandidateOffice candidateOffice,
        @Schema(required = true, format = "date", maxLength = 10, example = "2023-12-20") @NotNull LocalDate incidentDate,
        @Schema(format = "date", maxLength = 10, example = "2023-12-21") LocalDate knownDate,
        @Schema(required = true, description = "Region of the incident, any level", maxLength = 13, example = "74.13")
        @NotBlank @Size(max = 13) String incidentRegionCode,
        @Schema(maxLength = 500, example = "Balai desa Lakalamba") @Size(max = 500) String incidentPlace,
        @Schema(required = true, minLength = 20, maxLength = 10000,
                example = "Seorang guru PNS menyukai dan membagikan unggahan kampanye calon anggota DPRD di Facebook.")
        @NotBlank @Size(min = 20, max = 10000) String description,
        @Schema(required = true, description = "Codes from the violation-type catalogue, valid on the incident date",
                maxItems = 20, example = "[\"D-06\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 60) String> violationTypeCodes,
        @Schema(required = true, maxItems = 50) @NotEmpty @Size(max = 50) List<@NotNull @Valid ReportedEmployee> reportedEmployees,
        @Schema(description = "Submit without identity; the reporter then follows the case with the receipt only")
        Boolean anonymous,
        @Schema(description = "Keep the reporter's identity to the intake roles (bawaslu, verifier, admin); it is "
                + "never shown to a ppk in any case") Boolean confidential,
        @Valid Reporter reporter,
        @Schema(description = "Source register of an integration (with externalId)", maxLength = 40,
                pattern = "^[A-Z0-9_-]{2,40}$", example = "BAWASLU-SULTRA")
        @Size(max = 40) @Pattern(regexp = "^[A-Z0-9_-]{2,40}$") String source,
        @Schema(description = "The case's number in the source register", maxLength = 100,
                example = "001/Reg/LP/PL/Prov/28.00/XII/2023") @Size(max = 100) String externalId) {

    /** A civil servant named by the report: by NIP when known, otherwise by name and agency. */
    @Schema(name = "ReportedEmployeeRequest", description = "Either `nip`, or `name` with `agencyText`.")
    public record ReportedEmployee(
            @Schema(maxLength = 18, pattern = "^[0-9]{18}$", example = "199705262022031008") @Size(max = 18) String nip,
            @Schema(maxLength = 150, example = "La Ode Rahman") @Size(max = 150) String name,
            @Schema(description = "Agency as the reporter knows it", maxLength = 255, example = "Dinas Pendidikan Kabupaten Muna Barat")
            @Size(max = 255) String agencyText,
            @Schema(maxLength = 255, example = "Guru") @Size(max = 255) String jabatan) {
    }

    /** Who reports. Required for a LAPORAN that is not anonymous: a name and at least one way to reach them. */
    @Schema(name = "Reporter")
    public record Reporter(
            @Schema(required = true, maxLength = 150, example = "Siti Aminah") @NotBlank @Size(max = 150) String name,
            @Schema(maxLength = 16, pattern = "^[0-9]{16}$", example = "7413016203900001") @Size(max = 16) String nik,
            @Schema(maxLength = 20, pattern = "^\\+?[0-9][0-9 -]{6,18}$", example = "+62 812 3456 7890")
            @Size(max = 20) @Pattern(regexp = "^\\+?[0-9][0-9 -]{6,18}$") String phone,
            @Schema(maxLength = 254, format = "email", example = "siti@example.org") @Size(max = 254) @Email String email,
            @Schema(maxLength = 500, example = "Jl. Poros Raha, Muna Barat") @Size(max = 500) String address) {
    }
}
