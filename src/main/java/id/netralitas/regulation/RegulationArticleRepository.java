package id.netralitas.regulation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class RegulationArticleRepository implements PanacheRepository<RegulationArticle> {

    public Optional<RegulationArticle> find(Regulation regulation, String pasal, String ayat, String huruf, String angka) {
        return find("regulation = ?1 and pasal = ?2 and ayat = ?3 and huruf = ?4 and angka = ?5", regulation, pasal,
                nz(ayat), nz(huruf), nz(angka)).firstResultOptional();
    }

    private static String nz(String part) {
        return part == null ? "" : part;
    }
}
