package id.netralitas.election;

import id.netralitas.region.Region;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class ElectionRepository implements PanacheRepository<Election> {

    public Optional<Election> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public long countRegions(Election election) {
        return getEntityManager().createQuery("select count(er) from ElectionRegion er where er.electionId = :id", Long.class)
                .setParameter("id", election.id).getSingleResult();
    }

    /** A page of the participating regions, by code. */
    public List<Region> regions(Election election, int page, int size) {
        return getEntityManager().createQuery("select r from Region r, ElectionRegion er "
                        + "where er.regionCode = r.code and er.electionId = :id order by r.code", Region.class)
                .setParameter("id", election.id)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** Whether any of {@code codes} is a participating region of the election. */
    public boolean hasAnyRegion(Election election, Collection<String> codes) {
        return getEntityManager().createQuery("select count(er) from ElectionRegion er "
                        + "where er.electionId = :id and er.regionCode in :codes", Long.class)
                .setParameter("id", election.id).setParameter("codes", codes).getSingleResult() > 0;
    }

    /** Those of {@code codes} that are in the region table. */
    public Set<String> existingRegionCodes(Collection<String> codes) {
        Set<String> found = new HashSet<>();
        List<String> list = List.copyOf(codes);
        for (int from = 0; from < list.size(); from += 500) {
            found.addAll(getEntityManager().createQuery("select r.code from Region r where r.code in :codes", String.class)
                    .setParameter("codes", list.subList(from, Math.min(list.size(), from + 500))).getResultList());
        }
        return found;
    }

    public void replaceRegions(Election election, Collection<String> codes) {
        getEntityManager().createQuery("delete from ElectionRegion er where er.electionId = :id")
                .setParameter("id", election.id).executeUpdate();
        for (String code : codes) {
            getEntityManager().persist(new ElectionRegion(election.id, code));
        }
        getEntityManager().flush();
    }
}
