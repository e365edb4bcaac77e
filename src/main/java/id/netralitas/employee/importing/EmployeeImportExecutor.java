package id.netralitas.employee.importing;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
    ImportJobs jobs;

    @Inject
    EmployeeImportConfig config;

    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private volatile ExecutorService workers;
    private volatile ScheduledExecutorService heartbeat;

    void submit(ImportRun job) {
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
        workers = Executors.newFixedThreadPool(config.concurrency(), r -> {
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
            jobs.heartbeatCommitted(held);
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
