package id.netralitas.employee.importing;

import id.netralitas.common.persistence.SqlFailures;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Writes the chunks of one run on {@code writers} connections at once, so that checking the next
 * rows and writing the previous ones overlap and the database works on more than one chunk. A NIP
 * is never in two chunks being written: the caller asks {@link #writing} and drains first, so a NIP
 * repeated in the file is still applied in file order. Chunks that touch the same headcount cells
 * lock them in one order (the cells are sorted); a chunk the database rolls back as a deadlock
 * victim is written again. The first failure stops the run.
 */
final class ChunkWriters implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChunkWriters.class);
    private static final int DEADLOCK_ATTEMPTS = 5;

    private final ImportChunkWriter writer;
    private final ImportRun run;
    private final Long scopeAgencyId;
    private final int writers;
    private final ExecutorService pool;
    private final Semaphore slots;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    ChunkWriters(ImportChunkWriter writer, ImportRun run, Long scopeAgencyId, int writers) {
        this.writer = writer;
        this.run = run;
        this.scopeAgencyId = scopeAgencyId;
        this.writers = writers;
        this.slots = new Semaphore(writers);
        this.pool = Executors.newFixedThreadPool(writers, r -> {
            Thread thread = new Thread(r, "employee-import-writer-" + run.publicId());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Whether a chunk holding this NIP is being written. */
    boolean writing(String nip) {
        return inFlight.contains(nip);
    }

    void submit(ImportChunk chunk) throws InterruptedException {
        rethrowFailure();
        if (chunk.isEmpty()) {
            return;
        }
        slots.acquire();
        inFlight.addAll(chunk.nips);
        pool.execute(() -> {
            try {
                if (failure.get() == null) {
                    writeRetryingDeadlocks(chunk);
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                inFlight.removeAll(chunk.nips);
                slots.release();
            }
        });
    }

    /** Waits until every submitted chunk is committed (or has failed). */
    void drain() throws InterruptedException {
        slots.acquire(writers);
        slots.release(writers);
        rethrowFailure();
    }

    private void writeRetryingDeadlocks(ImportChunk chunk) {
        for (int attempt = 1; ; attempt++) {
            try {
                writer.writeInNewTransaction(run, chunk, scopeAgencyId);
                return;
            } catch (RuntimeException e) {
                if (attempt >= DEADLOCK_ATTEMPTS || !SqlFailures.rolledBack(e)) {
                    throw e;
                }
                LOG.debugf("Import %s: chunk rolled back by the database (attempt %d), writing it again",
                        run.publicId(), attempt);
            }
        }
    }

    private void rethrowFailure() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
    }
}
