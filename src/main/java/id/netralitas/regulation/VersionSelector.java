package id.netralitas.regulation;

import id.netralitas.common.web.QueryDates;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** Selects one version of a catalogue code: {@code validOn} or {@code version}, never both. */
public class VersionSelector {

    @QueryParam("validOn")
    public String validOn;

    @QueryParam("version")
    @Min(1)
    @Max(1_000_000)
    public Integer version;

    /** The parsed date, or null; 400 when both ways are used. */
    LocalDate validOnDate() {
        CatalogueParams.requireNotBoth(validOn, version);
        return QueryDates.parse(validOn, "validOn");
    }
}
