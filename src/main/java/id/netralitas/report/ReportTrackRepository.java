package id.netralitas.report;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReportTrackRepository implements PanacheRepository<ReportTrack> {
}
