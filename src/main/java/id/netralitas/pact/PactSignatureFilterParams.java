package id.netralitas.pact;

import id.netralitas.common.web.QueryDates;
import id.netralitas.pact.api.PactFormats;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the signature list and its CSV export. */
public class PactSignatureFilterParams {

    @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 40))
    @QueryParam("electionCode")
    @Size(max = 40)
    public String electionCode;

    @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 40))
    @QueryParam("agencyCode")
    @Size(max = 40)
    public String agencyCode;

    @Parameter(description = "The signer's region, with the regions below it",
            schema = @Schema(type = SchemaType.STRING, maxLength = 13))
    @QueryParam("regionCode")
    @Size(max = 13)
    public String regionCode;

    @QueryParam("method")
    public PactSignature.Method method;

    @QueryParam("signerType")
    public PactSignature.SignerType signerType;

    @QueryParam("status")
    public PactSignature.Status status;

    @Parameter(description = "Signed on or after this day", schema = @Schema(type = SchemaType.STRING,
            format = "date", maxLength = 10, pattern = QueryDates.PATTERN))
    @QueryParam("signedFrom")
    public String signedFrom;

    @Parameter(description = "Signed on or before this day", schema = @Schema(type = SchemaType.STRING,
            format = "date", maxLength = 10, pattern = QueryDates.PATTERN))
    @QueryParam("signedTo")
    public String signedTo;

    @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 18, pattern = PactFormats.NIP_PATTERN))
    @QueryParam("nip")
    @Pattern(regexp = PactFormats.NIP_PATTERN)
    public String nip;

    /** The filters with their days parsed. */
    public PactSignatureFilter filter() {
        return new PactSignatureFilter(electionCode, agencyCode, regionCode, method, signerType, status,
                QueryDates.parse(signedFrom, "signedFrom"), QueryDates.parse(signedTo, "signedTo"), nip);
    }
}
