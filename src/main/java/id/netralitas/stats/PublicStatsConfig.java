package id.netralitas.stats;

import io.smallrye.config.ConfigMapping;

/** Public statistics settings; the defaults are in application.properties (environment variables). */
@ConfigMapping(prefix = "netralitas.public-stats")
public interface PublicStatsConfig {

    /** Groups smaller than this are suppressed in public statistics. */
    int minGroupSize();
}
