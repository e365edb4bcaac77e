package id.netralitas.regulation;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Regulation", description = "A legal instrument with its validity")
public record RegulationResponse(
        @Schema(maxLength = 80, pattern = LegalReference.REGULATION_CODE_PATTERN, example = "PP-94-2021") String code,
        RegulationKind kind,
        @Schema(maxLength = 100, example = "94") String number,
        @Schema(format = "int32", minimum = "1900", maximum = "2199", example = "2021") int year,
        @Schema(maxLength = 120, example = "PP 94/2021") String citation,
        @Schema(maxLength = 500, example = "Disiplin Pegawai Negeri Sipil") String title,
        @Schema(maxLength = 255, example = "Presiden Republik Indonesia") String issuer,
        @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2021-08-31") LocalDate signedDate,
        @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, example = "2021-08-31") LocalDate effectiveDate,
        @Schema(description = "Last day in force; absent while in force", type = SchemaType.STRING, format = "date",
                maxLength = 10) LocalDate inForceUntil,
        @Schema(description = "Code of the regulation that repealed it", maxLength = 80,
                pattern = LegalReference.REGULATION_CODE_PATTERN) String repealedBy,
        @Schema(description = "Region of a regional instrument", maxLength = 13, example = "74") String scopeRegionCode,
        @Schema(maxLength = 200) String gazette,
        @Schema(maxLength = 2000) String summary,
        @Schema(description = "Uncertainties and sources", maxLength = 1000) String note,
        @Schema(maxItems = 10) List<RegulationRequest.SignatoryNumberDto> signatoryNumbers) {

    static RegulationResponse of(Regulation r) {
        return new RegulationResponse(r.code, r.kind, r.number, r.year, r.citation, r.title, r.issuer, r.signedDate,
                r.effectiveDate, r.inForceUntil, r.repealedBy == null ? null : r.repealedBy.code, r.scopeRegionCode,
                r.gazette, r.summary, r.note, r.signatoryNumbers.isEmpty() ? null : r.signatoryNumbers.stream()
                .map(n -> new RegulationRequest.SignatoryNumberDto(n.signatory, n.number)).toList());
    }
}
