package id.netralitas.pact;

import id.netralitas.common.web.QueryDates;
import id.netralitas.common.web.ScopeFilterParams;
import id.netralitas.pact.api.PactFormats;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The filters of the signature list and its CSV export. */
public class PactSignatureFilterParams extends ScopeFilterParams {

    @QueryParam("electionCode")
    @Size(max = 40)
    public String electionCode;

    @QueryParam("method")
    public PactSignature.Method method;

    @QueryParam("signerType")
    public PactSignature.SignerType signerType;

    @QueryParam("status")
    public PactSignature.Status status;

    @QueryParam("signedFrom")
    public String signedFrom;

    @QueryParam("signedTo")
    public String signedTo;

    @QueryParam("nip")
    @Pattern(regexp = PactFormats.NIP_PATTERN)
    public String nip;

    /** The filters with their days parsed. */
    public PactSignatureFilter filter() {
        return new PactSignatureFilter(electionCode, agencyCode, regionCode, method, signerType, status,
                QueryDates.parse(signedFrom, "signedFrom"), QueryDates.parse(signedTo, "signedTo"), nip);
    }
}
