package id.netralitas.common.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Unknown receipts (report receipts, pact verification codes) a client may try per window before it is refused. */
@ConfigMapping(prefix = "netralitas.receipt")
public interface ReceiptLimitConfig {

    @WithDefault("10")
    int failureLimit();

    @WithDefault("15M")
    Duration failureWindow();
}
