package id.netralitas.regulation;

import java.time.LocalDate;
import java.util.List;

public record RegulationResponse(
        String code,
        RegulationKind kind,
        String number,
        int year,
        String citation,
        String title,
        String issuer,
        LocalDate signedDate,
        LocalDate effectiveDate,
        LocalDate inForceUntil,
        String repealedBy,
        String scopeRegionCode,
        String gazette,
        String summary,
        String note,
        List<RegulationRequest.SignatoryNumberDto> signatoryNumbers) {

    static RegulationResponse of(Regulation r) {
        return new RegulationResponse(r.code, r.kind, r.number, r.year, r.citation, r.title, r.issuer, r.signedDate,
                r.effectiveDate, r.inForceUntil, r.repealedBy == null ? null : r.repealedBy.code, r.scopeRegionCode,
                r.gazette, r.summary, r.note, r.signatoryNumbers.isEmpty() ? null : r.signatoryNumbers.stream()
                .map(n -> new RegulationRequest.SignatoryNumberDto(n.signatory, n.number)).toList());
    }
}
