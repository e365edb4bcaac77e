package id.netralitas.report;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Messages on cases. */
@ApplicationScoped
public class ReportMessageRepository implements PanacheRepository<ReportMessage> {

    /** The case's messages (not those on a follow-up), oldest first, optionally only those the reporter may see. */
    public List<ReportMessage> ofReport(Report report, boolean reporterVisibleOnly) {
        return reporterVisibleOnly
                ? list("report = ?1 and kind in ?2 order by createdAt, id", report,
                        List.of(ReportMessage.Kind.TO_REPORTER, ReportMessage.Kind.FROM_REPORTER))
                : list("report = ?1 and kind <> ?2 order by createdAt, id", report, ReportMessage.Kind.TRACK);
    }

    /** The messages on one employee's follow-up, oldest first. */
    public List<ReportMessage> ofTrack(Report report, String nip) {
        return list("report = ?1 and kind = ?2 and trackNip = ?3 order by createdAt, id", report, ReportMessage.Kind.TRACK,
                nip);
    }
}
