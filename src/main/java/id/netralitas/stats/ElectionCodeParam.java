package id.netralitas.stats;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The optional election every statistic can be narrowed to; absent means every election. */
public class ElectionCodeParam {

    @QueryParam("electionCode")
    @Size(max = 40)
    public String electionCode;
}
