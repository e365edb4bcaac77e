package id.netralitas.report;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Erases reporters' NIK and contact details (phone, e-mail, address) a retention period after their
 * case closed (UU 27/2022 on personal data: kept no longer than its purpose needs). The name stays for
 * the case file, readable only under the identity rules. One UPDATE, safe to run on every replica at
 * once: a row already erased no longer matches.
 */
@ApplicationScoped
public class ReporterRetention {

    private static final Logger LOG = Logger.getLogger(ReporterRetention.class);

    @Inject
    EntityManager em;

    @Inject
    ReporterRetentionConfig config;

    @Scheduled(every = "${netralitas.reporter-retention.check-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int erased = eraseDue(Instant.now());
        if (erased > 0) {
            LOG.infof("Erased the reporter contact data of %d closed cases", erased);
        }
    }

    /** Erases the contact data of every case closed before {@code now} minus the retention period. */
    @Transactional
    public int eraseDue(Instant now) {
        return em.createQuery("update Report r set r.reporterNikEncrypted = null, r.reporterPhoneEncrypted = null, "
                        + "r.reporterEmailEncrypted = null, r.reporterAddressEncrypted = null, "
                        + "r.reporterContactErasedAt = :now where r.status in :closed and r.statusChangedAt < :cutoff "
                        + "and r.reporterContactErasedAt is null and (r.reporterNikEncrypted is not null "
                        + "or r.reporterPhoneEncrypted is not null or r.reporterEmailEncrypted is not null "
                        + "or r.reporterAddressEncrypted is not null)")
                .setParameter("now", now).setParameter("closed", ReportWorkflow.TERMINAL)
                .setParameter("cutoff", now.minus(config.afterClose())).executeUpdate();
    }
}
