package id.netralitas.common.error;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/errors.md must name every problem and field code the service can answer with. */
class ErrorCatalogueTest {

    @Test
    void everyCodeInTheMessageBundleIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs", "errors.md"), StandardCharsets.UTF_8);
        Properties messages = new Properties();
        for (String bundle : id.netralitas.common.i18n.Messages.BUNDLES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle.replace('.', '/') + ".properties")) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        TreeSet<String> missing = new TreeSet<>();
        for (String key : messages.stringPropertyNames()) {
            if (!key.startsWith("violation.") && !key.endsWith(".title") && !key.endsWith(".detail")) {
                continue; // labels such as public-status.* are not codes
            }
            String code = key.startsWith("violation.") ? key.substring("violation.".length())
                    : key.substring(0, key.lastIndexOf('.'));
            if (!doc.contains("`" + code + "`")) {
                missing.add(code);
            }
        }
        assertTrue(missing.isEmpty(), "codes missing from docs/errors.md: " + missing);
    }
}
