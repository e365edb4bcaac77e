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

/**
 * A report as submitted through any channel. Who may send which `origin` and `channel` depends on
 * the caller: the public (no token, or an `asn` token) sends LAPORAN through PORTAL; `bawaslu`
 * sends LAPORAN, TEMUAN and PENERUSAN with its register number (`source` + `externalId`);
 * `verifier` and `ppk` record INTERNAL reports. A PENERUSAN carries the forward letter (number and
 * date); its verification deadline counts from the letter's date. An integration client pushing a case
 * its register received earlier gives that day as {@code receivedOn}, and the steps the case took there
 * since as {@code steps} (each a transition with its {@code occurredOn}, applied in order by the
 * submitter's own rows of the workflow), so a case already in progress arrives at its stage.
 */
public record ReportRequest(
        ReportOrigin origin,
        ReportChannel channel,
        @NotBlank @Size(max = 40) String electionCode,
        CandidatePhase candidatePhase,
        @Size(max = 200) String candidateName,
        CandidateOffice candidateOffice,
        @NotNull LocalDate incidentDate,
        LocalDate knownDate,
        @NotBlank @Size(max = 13) String incidentRegionCode,
        @Size(max = 500) String incidentPlace,
        @NotBlank @Size(min = 20, max = 10000) String description,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 60) String> violationTypeCodes,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid ReportedEmployee> reportedEmployees,
        Boolean anonymous,
        Boolean confidential,
        @Valid Reporter reporter,
        @Size(max = 40) @Pattern(regexp = "^[A-Z0-9_-]{2,40}$") String source,
        @Size(max = 100) String externalId,
        @Size(max = 100) String forwardLetterNumber,
        LocalDate forwardLetterDate,
        LocalDate receivedOn,
        @Size(max = 20) List<TransitionRequests.@NotNull @Valid CaseTransition> steps) {

    /** A civil servant named by the report: by NIP when known, otherwise by name and agency. */
    public record ReportedEmployee(
            @Size(max = 18) String nip,
            @Size(max = 150) String name,
            @Size(max = 255) String agencyText,
            @Size(max = 255) String jabatan) {
    }

    /** Who reports. Required for a LAPORAN that is not anonymous: a name and at least one way to reach them. */
    public record Reporter(
            @NotBlank @Size(max = 150) String name,
            @Size(max = 16) String nik,
            @Size(max = 20) @Pattern(regexp = "^\\+?[0-9][0-9 -]{6,18}$") String phone,
            @Size(max = 254) @Email String email,
            @Size(max = 500) String address) {
    }
}
