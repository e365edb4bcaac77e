package id.netralitas.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "netralitas.events")
public interface EventsConfig {

    /** How often committed events get their feed positions (read by the scheduler). */
    @WithDefault("1s")
    String sequenceEvery();
}
