package id.netralitas.common.web;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The query parameters that narrow a list to an agency and a region; a list adds its own. */
public class ScopeFilterParams {

    @QueryParam("agencyCode")
    @Size(max = 40)
    public String agencyCode;

    @QueryParam("regionCode")
    @Size(max = 13)
    public String regionCode;
}
