package id.netralitas.common.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The API's own texts (problem titles and details, field messages) in English and Indonesian.
 * Keys live in {@code i18n/messages.properties} and {@code i18n/messages_id.properties}; the
 * patterns use {@link MessageFormat}, so a literal apostrophe must be written twice.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    /** Picks Indonesian or English from the client's acceptable languages, English by default. */
    public static Locale negotiate(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                String language = locale.getLanguage();
                if ("id".equals(language) || "in".equals(language)) {
                    return INDONESIAN;
                }
                if ("en".equals(language)) {
                    return ENGLISH;
                }
            }
        }
        return ENGLISH;
    }

    public static Optional<String> find(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return Optional.of(args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    public static String get(Locale locale, String key, Object... args) {
        return find(locale, key, args).orElse(key);
    }
}
