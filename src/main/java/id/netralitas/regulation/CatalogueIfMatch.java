package id.netralitas.regulation;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code If-Match} of a catalogue change: the ETag (revision) of the code's latest version. */
public class CatalogueIfMatch {

    @HeaderParam("If-Match")
    @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "ETag of the latest version; required",
            example = "\"2\"", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String value;
}
