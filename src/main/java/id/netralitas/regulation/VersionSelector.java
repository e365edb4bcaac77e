package id.netralitas.regulation;

import id.netralitas.common.web.QueryDates;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Selects one version of a catalogue code: {@code validOn} or {@code version}, never both. */
public class VersionSelector {

    @QueryParam("validOn")
    @Parameter(description = "The version valid on this date (YYYY-MM-DD); today by default", example = "2020-10-10",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = QueryDates.PATTERN))
    public String validOn;

    @QueryParam("version")
    @Min(1)
    @Max(1_000_000)
    @Parameter(description = "This version", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "1", maximum = "1000000"))
    public Integer version;

    /** The parsed date, or null; 400 when both ways are used. */
    LocalDate validOnDate() {
        CatalogueParams.requireNotBoth(validOn, version);
        return QueryDates.parse(validOn, "validOn");
    }
}
