package id.netralitas.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyMessageExistsInBothLanguagesAndParses() throws IOException {
        Properties en = load("i18n/messages.properties");
        Properties id = load("i18n/messages_id.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(id.stringPropertyNames()),
                "English and Indonesian bundles must have the same keys");
        for (Properties bundle : List.of(en, id)) {
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                new MessageFormat(pattern); // throws on a broken pattern
                assertTrue(!pattern.contains("'") || pattern.contains("''"), key + ": write apostrophes as ''");
            }
        }
    }

    @Test
    void negotiatesIndonesianOrEnglish() {
        assertEquals(Messages.INDONESIAN, Messages.negotiate(List.of(Locale.forLanguageTag("id-ID"))));
        assertEquals(Messages.INDONESIAN, Messages.negotiate(List.of(Locale.FRENCH, Locale.forLanguageTag("id"))));
        assertEquals(Messages.ENGLISH, Messages.negotiate(List.of(Locale.forLanguageTag("en-GB"), Messages.INDONESIAN)));
        assertEquals(Messages.ENGLISH, Messages.negotiate(List.of(Locale.JAPANESE)));
        assertEquals(Messages.ENGLISH, Messages.negotiate(null));
        assertEquals("Tidak ada wilayah dengan kode 74.99.", Messages.get(Messages.INDONESIAN, "REGION_NOT_FOUND.detail", "74.99"));
        assertEquals("No region has the code 74.99.", Messages.get(Messages.ENGLISH, "REGION_NOT_FOUND.detail", "74.99"));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
