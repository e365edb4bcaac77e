package id.netralitas.pact;

import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.persistence.ForwardScroll;
import id.netralitas.common.web.Ids;
import id.netralitas.election.Election;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.Optional;

/** Reads of signatures: by id and code, the valid one of a signer, planned lists and the export's cursor. */
@ApplicationScoped
public class PactSignatureRepository implements PanacheRepository<PactSignature> {

    /** Rows handled between two clears of the persistence context while exporting. */
    private static final int EXPORT_CLEAR_EVERY = 5000;

    public Optional<PactSignature> byPublicId(String id) {
        if (id == null || !Ids.isUuid(id)) {
            return Optional.empty();
        }
        return find("publicId", id).firstResultOptional();
    }

    /** The signature with this receipt code, with its election and template. */
    public Optional<PactSignature> byVerificationCode(String canonicalCode) {
        return find("select s from PactSignature s join fetch s.election join fetch s.template "
                + "where s.verificationCode = ?1", canonicalCode).firstResultOptional();
    }

    /** The id of the valid individual signature of this NIP in this election. */
    public Optional<String> validByNip(Election election, String nip) {
        return find("election = ?1 and activeNip = ?2", election, nip).firstResultOptional().map(s -> s.publicId);
    }

    /** The id of the valid institutional signature of this agency in this election. */
    public Optional<String> validByAgency(Election election, long agencyId) {
        return find("election = ?1 and activeAgencyId = ?2", election, agencyId).firstResultOptional()
                .map(s -> s.publicId);
    }

    public boolean existsFor(PactTemplate template) {
        return find("template", template).firstResultOptional().isPresent();
    }

    /** One page of a planned list. */
    public PageResponse<PactSignature> page(PactSignaturePlan plan, PageParams page) {
        var items = select(plan).page(Page.of(page.page, page.size)).list();
        return PageResponse.of(items, page, count("from PactSignature s where " + plan.where().query(),
                plan.where().params()));
    }

    /** Every signature of a planned export, in order, through a forward-only cursor in constant memory. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 3600)
    public long forEach(PactSignaturePlan plan, ForwardScroll.Each<PactSignature> each) throws IOException {
        return ForwardScroll.forEach(select(plan), getEntityManager(), EXPORT_CLEAR_EVERY, each);
    }

    private PanacheQuery<PactSignature> select(PactSignaturePlan plan) {
        return find("select s from PactSignature s join fetch s.election join fetch s.template "
                + "left join fetch s.ceremony c left join fetch c.agency where " + plan.where().query()
                + " order by " + plan.order(), plan.where().params());
    }
}
