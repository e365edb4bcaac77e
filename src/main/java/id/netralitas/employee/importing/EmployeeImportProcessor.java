package id.netralitas.employee.importing;

import id.netralitas.common.csv.CsvFormatException;
import id.netralitas.common.csv.CsvReader;
import id.netralitas.employee.EmployeeRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Runs one bulk import: reads the spooled CSV row by row, checks each row as the single-item API
 * does ({@link ImportRowChecker}) and upserts by NIP in chunks, each one transaction
 * ({@link ImportChunkWriter}), several written at once ({@link ChunkWriters}). Memory stays flat
 * whatever the file size. A NIP repeated in the file is applied in file order (the later row
 * updates the earlier one).
 */
@ApplicationScoped
public class EmployeeImportProcessor {

    private static final Logger LOG = Logger.getLogger(EmployeeImportProcessor.class);

    @Inject
    ImportRowChecker checker;

    @Inject
    ImportChunkWriter writer;

    @Inject
    ImportJobs jobs;

    @Inject
    EmployeeImportConfig config;

    void run(ImportRun run) {
        try {
            jobs.markRunningCommitted(run.id());
            readAndWrite(run);
            jobs.finishCommitted(run.id(), EmployeeImportJob.Status.COMPLETED, null);
        } catch (CsvFormatException e) {
            jobs.finishCommitted(run.id(), EmployeeImportJob.Status.FAILED, e.getMessage());
        } catch (Exception e) {
            LOG.errorf(e, "Employee import %s failed", run.publicId());
            jobs.finishCommitted(run.id(), EmployeeImportJob.Status.FAILED,
                    "Unexpected failure: " + e.getClass().getSimpleName());
        } finally {
            try {
                Files.deleteIfExists(run.file());
            } catch (IOException e) {
                LOG.warnf("Could not delete the spooled import file %s", run.file());
            }
        }
    }

    private void readAndWrite(ImportRun run) throws IOException, InterruptedException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(run.file()), 256 * 1024);
             CsvReader csv = CsvReader.utf8(in)) {
            csv.next();
            EmployeeRules.References refs = writer.loadReferencesInNewTransaction();
            Long scopeAgencyId = run.agencyScope() == null ? null
                    : refs.agency(run.agencyScope()).map(EmployeeRules.AgencyRef::id).orElse(-1L);
            LocalDate today = LocalDate.now();
            try (ChunkWriters writers = new ChunkWriters(writer, run, scopeAgencyId, config.writers())) {
                ImportChunk chunk = new ImportChunk();
                List<String> record;
                while ((record = csv.next()) != null) {
                    CheckedRow row = checker.check(csv.recordLine(), record, refs, run.agencyScope(), today);
                    if (row instanceof CheckedRow.Accepted accepted
                            && (chunk.contains(accepted.nip()) || writers.writing(accepted.nip()))) {
                        // The NIP's earlier row must be committed before this one is applied.
                        writers.submit(chunk);
                        writers.drain();
                        chunk = new ImportChunk();
                    }
                    chunk.add(row);
                    if (chunk.isFull()) {
                        writers.submit(chunk);
                        chunk = new ImportChunk();
                    }
                }
                writers.submit(chunk);
                writers.drain();
            }
        }
    }
}
