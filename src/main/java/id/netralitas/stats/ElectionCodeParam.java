package id.netralitas.stats;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The optional election every statistic can be narrowed to; absent means every election. */
public class ElectionCodeParam {

    @QueryParam("electionCode")
    @Size(max = 40)
    @Parameter(description = "Only this election (absent: every election)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 40), example = "PEMILU-2024")
    public String electionCode;
}
