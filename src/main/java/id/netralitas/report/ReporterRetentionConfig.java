package id.netralitas.report;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Retention of reporters' contact data; both values are set in {@code application.properties}. */
@ConfigMapping(prefix = "netralitas.reporter-retention")
public interface ReporterRetentionConfig {

    /** How long after its case closed a reporter's NIK and contact details are kept. */
    Duration afterClose();

    /** How often due erasures are looked for (read by the scheduler). */
    String checkEvery();
}
