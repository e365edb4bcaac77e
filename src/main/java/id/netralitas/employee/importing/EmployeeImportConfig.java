package id.netralitas.employee.importing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the bulk import of the register ({@code netralitas.employee-import.*}). */
@ConfigMapping(prefix = "netralitas.employee-import")
public interface EmployeeImportConfig {

    /** Imports run at once on this replica. */
    @WithDefault("2")
    int concurrency();

    /** Chunks of one import written at once, each on its own connection (default in application.properties). */
    int writers();

    /** Largest accepted upload (default in application.properties). */
    MemorySize maxBytes();

    /** Where uploads are spooled while a job runs; the JVM's temp directory when absent. */
    Optional<String> spoolDir();

    /** A queued or running job whose heartbeat is older than this is shown as INTERRUPTED. */
    @WithDefault("2M")
    Duration staleAfter();
}
