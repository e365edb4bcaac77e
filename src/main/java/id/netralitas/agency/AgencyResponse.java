package id.netralitas.agency;


public record AgencyResponse(
        String code,
        String name,
        AgencyType type,
        String regionCode,
        String ppkTitle) {

    static AgencyResponse of(Agency agency) {
        return new AgencyResponse(agency.code, agency.name, agency.type, agency.regionCode, agency.ppkTitle);
    }
}
