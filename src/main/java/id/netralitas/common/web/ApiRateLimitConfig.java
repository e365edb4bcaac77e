package id.netralitas.common.web;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** The general API rate limit per client; defaults live in application.properties (environment variables). */
@ConfigMapping(prefix = "netralitas.rate-limit")
public interface ApiRateLimitConfig {

    boolean enabled();

    /** Requests a client may make per window. */
    int requests();

    Duration window();
}
