package id.netralitas.report;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Reporter identity custody (docs/security.md). */
@ConfigMapping(prefix = "netralitas.identity-access")
public interface IdentityAccessConfig {

    /** How long an approved identity access request may be read. */
    Duration validFor();
}
