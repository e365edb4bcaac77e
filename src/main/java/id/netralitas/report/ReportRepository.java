package id.netralitas.report;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ReportRepository implements PanacheRepository<Report> {

    public Optional<Report> findByPublicId(String publicId) {
        return find("publicId", publicId).firstResultOptional();
    }

    public Optional<Report> findByExternal(String source, String externalId) {
        return find("externalSource = ?1 and externalId = ?2", source, externalId).firstResultOptional();
    }

    public Optional<Report> findByReceiptHash(String sha256) {
        return find("receiptSha256", sha256).firstResultOptional();
    }
}
