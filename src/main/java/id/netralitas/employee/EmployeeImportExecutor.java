package id.netralitas.employee;

import id.netralitas.common.persistence.DbTime;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs imports in the background, a few at a time, and keeps a heartbeat on every job this replica
 * holds (queued or running). A job whose heartbeat stops, because its replica died, is reported
 * as INTERRUPTED; re-submitting the file completes it, since rows are upserted by NIP.
 */
@ApplicationScoped
public class EmployeeImportExecutor {

    private static final Logger LOG = Logger.getLogger(EmployeeImportExecutor.class);
    static final long HEARTBEAT_SECONDS = 20;

    @Inject
    EmployeeImportProcessor processor;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "netralitas.employee-import.concurrency", defaultValue = "2")
    int concurrency;

    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private volatile ExecutorService workers;
    private volatile ScheduledExecutorService heartbeat;

    public void submit(EmployeeImportProcessor.Job job) {
        start();
        held.add(job.id());
        workers.execute(() -> {
            try {
                processor.run(job);
            } finally {
                held.remove(job.id());
            }
        });
    }

    private synchronized void start() {
        if (workers != null) {
            return;
        }
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "employee-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "employee-import-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    private void beat() {
        if (held.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection connection = dataSource.getConnection();
                     PreparedStatement update = connection.prepareStatement(
                             "UPDATE employee_import_job SET heartbeat_at = ? WHERE id = ?")) {
                    for (Long id : held) {
                        update.setObject(1, DbTime.nowUtc());
                        update.setLong(2, id);
                        update.addBatch();
                    }
                    update.executeBatch();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("Import heartbeat failed: %s", e.getMessage());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (workers != null) {
            workers.shutdownNow();
            heartbeat.shutdownNow();
        }
    }
}
