package id.netralitas.region;


public record RegionResponse(
        String code,
        String name,
        RegionLevel level,
        String parentCode) {

    static RegionResponse of(Region region) {
        return new RegionResponse(region.code, region.name, region.level, region.parentCode);
    }
}
