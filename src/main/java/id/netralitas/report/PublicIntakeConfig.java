package id.netralitas.report;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Public report submissions a client may make per window; defaults live in application.properties. */
@ConfigMapping(prefix = "netralitas.public-intake")
public interface PublicIntakeConfig {

    int limit();

    Duration window();
}
