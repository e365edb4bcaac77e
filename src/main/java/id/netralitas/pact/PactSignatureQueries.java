package id.netralitas.pact;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.csv.CsvExport;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.Tagged;
import id.netralitas.pact.api.SignatureResponse;
import id.netralitas.region.RegionCode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;

/**
 * Reading signatures within the caller's scope: a `ppk` its own agency's, an `asn` its own, the
 * other reading roles all. Out of scope reads as not found; out-of-scope filters are 403.
 */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PactSignatureQueries {

    static final SortSpec SORT = SortSpec.of("-signedAt", "s.id", "signedAt=s.signedAt", "name=s.signerName",
            "nip=s.signerNip");

    @Inject
    PactSignatureRepository signatures;

    @Inject
    PactSignatureEventRepository history;

    @Inject
    Caller caller;

    /** A signature with its history. */
    public Tagged<SignatureResponse> get(String id) {
        PactSignature s = signatures.byPublicId(id).filter(this::canRead)
                .orElseThrow(() -> ApiException.notFound("PACT_SIGNATURE_NOT_FOUND", id));
        return new Tagged<>(PactMapper.signature(s, history.history(s.id)), s.version);
    }

    public PageResponse<SignatureResponse> list(PactSignatureFilter filter, PageParams page) {
        return signatures.page(plan(filter, page.sort), page).map(s -> PactMapper.signature(s, null));
    }

    /** Checks the export's filters and scope now; the rows are read while they are sent. */
    public CsvExport.RowSource<SignatureResponse> export(PactSignatureFilter filter, String sort) {
        PactSignaturePlan plan = plan(filter, sort);
        return sink -> signatures.forEach(plan, s -> sink.accept(PactMapper.signature(s, null)));
    }

    private boolean canRead(PactSignature s) {
        if (caller.isAdmin() || caller.hasRole(Roles.VERIFIER) || caller.hasRole(Roles.BAWASLU)) {
            return true;
        }
        if (caller.hasRole(Roles.PPK)) {
            return s.agencyCode.equalsIgnoreCase(caller.requireAgency());
        }
        return caller.hasRole(Roles.ASN) && s.signerNip != null && s.signerNip.equals(caller.requireNip());
    }

    private PactSignaturePlan plan(PactSignatureFilter f, String sort) {
        Where where = new Where();
        scope(f, where);
        if (f.electionCode() != null) {
            where.and("s.election.code = :election", "election", f.electionCode().trim().toUpperCase(Locale.ROOT));
        }
        if (f.agencyCode() != null) {
            where.and("s.agencyCode = :agency", "agency", f.agencyCode().trim().toUpperCase(Locale.ROOT));
        }
        if (f.regionCode() != null) {
            RegionCode.parse(f.regionCode(), "regionCode").within(where, "s.regionCode");
        }
        if (f.nip() != null) {
            where.and("s.signerNip = :nip", "nip", f.nip());
        }
        where.andIfPresent("s.method = :method", "method", f.method())
                .andIfPresent("s.signerType = :type", "type", f.signerType())
                .andIfPresent("s.status = :status", "status", f.status());
        if (f.signedFrom() != null) {
            where.and("s.signedAt >= :from", "from", f.signedFrom().atStartOfDay(CalendarService.ZONE).toInstant());
        }
        if (f.signedTo() != null) {
            if (f.signedFrom() != null && f.signedTo().isBefore(f.signedFrom())) {
                throw ApiException.invalidField("signedTo", "DATE_ORDER", "signedTo", "signedFrom");
            }
            where.and("s.signedAt < :to", "to", f.signedTo().plusDays(1).atStartOfDay(CalendarService.ZONE).toInstant());
        }
        return new PactSignaturePlan(where, order(SORT.parse(sort)));
    }

    private void scope(PactSignatureFilter f, Where where) {
        if (caller.hasRole(Roles.PPK) && !caller.isAdmin()) {
            String own = caller.requireAgency();
            if (f.agencyCode() != null && !f.agencyCode().trim().equalsIgnoreCase(own)) {
                throw ApiException.forbidden("AGENCY_OUT_OF_SCOPE", f.agencyCode());
            }
            where.and("s.agencyCode = :scope", "scope", own);
        } else if (caller.hasRole(Roles.ASN) && !caller.isAdmin() && !caller.hasRole(Roles.VERIFIER)
                && !caller.hasRole(Roles.BAWASLU)) {
            String own = caller.requireNip();
            if (f.nip() != null && !f.nip().equals(own)) {
                throw ApiException.forbidden("EMPLOYEE_OUT_OF_SCOPE", f.nip());
            }
            where.and("s.signerNip = :own", "own", own);
        }
    }

    private static String order(Sort sort) {
        return String.join(", ", sort.getColumns().stream()
                .map(c -> c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc")).toList());
    }
}
