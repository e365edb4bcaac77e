package id.netralitas.common.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The API's own texts (problem titles and details, field messages) in English and Indonesian.
 * Shared keys live in {@code i18n/messages.properties}; each feature may keep its own bundle
 * ({@code i18n/<feature>.properties} with an {@code _id} twin), listed in {@link #BUNDLES}. The
 * patterns use {@link MessageFormat}, so a literal apostrophe must be written twice.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** Every message bundle, searched in this order. Add a feature's bundle here. */
    public static final List<String> BUNDLES = List.of("i18n.messages", "i18n.employee", "i18n.reference",
            "i18n.report", "i18n.pact", "i18n.integration");

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
        for (String name : BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return Optional.of(args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args));
            }
        }
        return Optional.empty();
    }

    public static String get(Locale locale, String key, Object... args) {
        return find(locale, key, args).orElse(key);
    }
}
