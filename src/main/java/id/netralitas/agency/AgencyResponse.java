package id.netralitas.agency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Agency", description = "An agency (instansi) and its PPK")
public record AgencyResponse(
        @Schema(maxLength = 40, pattern = AgencyResource.CODE_PATTERN, example = "KOTA-74.71") String code,
        @Schema(maxLength = 255, example = "Pemerintah Kota Kendari") String name,
        AgencyType type,
        @Schema(description = "Absent for central agencies without a region", maxLength = 13, example = "74.71")
        String regionCode,
        @Schema(maxLength = 255, example = "Wali Kota Kendari") String ppkTitle) {

    static AgencyResponse of(Agency agency) {
        return new AgencyResponse(agency.code, agency.name, agency.type, agency.regionCode, agency.ppkTitle);
    }
}
