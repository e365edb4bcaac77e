package id.netralitas.report;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** Evidence files: size limit and the types accepted (read from the content, not the name). */
@ConfigMapping(prefix = "netralitas.evidence")
public interface EvidenceConfig {

    /** Largest file accepted. */
    MemorySize maxBytes();

    /** Sniffed content types accepted. */
    @WithDefault("image/jpeg,image/png,image/gif,image/webp,image/heic,application/pdf,video/mp4,video/quicktime,"
            + "video/webm,video/3gpp")
    Set<String> allowedTypes();
}
