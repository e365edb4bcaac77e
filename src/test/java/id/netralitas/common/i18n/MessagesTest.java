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
        TreeSet<String> allKeys = new TreeSet<>();
        for (String bundle : Messages.BUNDLES) {
            String path = bundle.replace('.', '/');
            Properties en = load(path + ".properties");
            Properties id = load(path + "_id.properties");
            assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(id.stringPropertyNames()),
                    bundle + ": English and Indonesian must have the same keys");
            for (String key : en.stringPropertyNames()) {
                assertTrue(allKeys.add(key), key + " is defined in more than one bundle");
            }
            checkPatterns(en, id);
        }
    }

    private static void checkPatterns(Properties en, Properties id) {
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
            if (in == null) {
                throw new java.io.FileNotFoundException(resource);
            }
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
