package id.netralitas.pact;

import id.netralitas.election.Election;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PactTemplateRepository implements PanacheRepository<PactTemplate> {

    public List<PactTemplate> versions(Election election) {
        return list("election = ?1 order by templateVersion", election);
    }

    public Optional<PactTemplate> find(Election election, int version) {
        return find("election = ?1 and templateVersion = ?2", election, version).firstResultOptional();
    }

    public int nextVersion(Election election) {
        return find("election = ?1 order by templateVersion desc", election).firstResultOptional()
                .map(latest -> latest.templateVersion + 1).orElse(1);
    }

    /** Fails the signing transaction at commit should the version change meanwhile. */
    public void lockForSigning(PactTemplate template) {
        getEntityManager().lock(template, LockModeType.OPTIMISTIC);
    }

    /** The newest version valid on {@code day}. */
    public Optional<PactTemplate> newestValidOn(Election election, LocalDate day) {
        return find("election = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2) "
                + "order by templateVersion desc", election, day).firstResultOptional();
    }
}
