package id.netralitas.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How likely duplicates are found at intake. */
@ConfigMapping(prefix = "netralitas.reports")
public interface DuplicateConfig {

    /**
     * Earlier reports naming the same NIP with an overlapping violation type within this many days of
     * the incident are flagged as possible duplicates.
     */
    @WithDefault("30")
    int duplicateWindowDays();
}
