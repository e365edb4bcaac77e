package id.netralitas.common.openapi;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The documented {@code If-Match} header of a change guarded by the ETag last read (428 when absent). */
public class IfMatchParam {

    @HeaderParam("If-Match")
    @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag last read; required",
            example = "\"0\"", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String value;
}
