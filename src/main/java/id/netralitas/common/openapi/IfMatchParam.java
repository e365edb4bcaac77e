package id.netralitas.common.openapi;

import jakarta.ws.rs.HeaderParam;

/** The documented {@code If-Match} header of a change guarded by the ETag last read (428 when absent). */
public class IfMatchParam {

    @HeaderParam("If-Match")
    public String value;
}
