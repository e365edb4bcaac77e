package id.netralitas.regulation;

import jakarta.ws.rs.HeaderParam;

/** The {@code If-Match} of a catalogue change: the ETag (revision) of the code's latest version. */
public class CatalogueIfMatch {

    @HeaderParam("If-Match")
    public String value;
}
