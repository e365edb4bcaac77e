package id.netralitas.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "An administrative region (Kemendagri code)",
        requiredProperties = {"code", "name", "level"})
public record RegionResponse(
        @Schema(description = "Dotted Kemendagri code", maxLength = 13, pattern = RegionResource.CODE_PATTERN,
                example = "74.71") String code,
        @Schema(description = "Official name", maxLength = 255, example = "Kota Kendari") String name,
        RegionLevel level,
        @Schema(description = "Code of the parent region; absent for provinces", maxLength = 13,
                pattern = RegionResource.CODE_PATTERN, example = "74") String parentCode) {

    static RegionResponse of(Region region) {
        return new RegionResponse(region.code, region.name, region.level, region.parentCode);
    }
}
