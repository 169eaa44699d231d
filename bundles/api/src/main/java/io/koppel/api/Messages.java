package io.koppel.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The catalogue of texts a clerk reads, in Dutch, French and English.
 *
 * <p>One catalogue for all of Koppel so translators find every text in one place. A locale other than Dutch
 * or French gets English.
 */
public final class Messages {
    /** The languages a clerk can read Koppel in. */
    public static final List<Locale> SUPPORTED = List.of(new Locale("nl"), Locale.FRENCH, Locale.ENGLISH);

    private static final String BUNDLE = "io.koppel.api.messages";

    private Messages() {
    }

    /**
     * The text for a catalogue key.
     *
     * @param locale the reader's locale; {@code null} means English
     * @param key a key of the catalogue
     * @param arguments values for the {@code {0}}, {@code {1}}, ... placeholders
     * @throws MissingResourceException when the key is not in the catalogue
     */
    public static String text(Locale locale, String key, Object... arguments) {
        Locale supported = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        // Always through MessageFormat, also without arguments, so a doubled quote reads as one.
        return new MessageFormat(bundle.getString(key), supported).format(arguments);
    }

    /**
     * Every text whose key starts with a prefix, without arguments filled in, e.g. the labels of a page.
     *
     * @return key to text, sorted by key
     */
    public static java.util.SortedMap<String, String> texts(Locale locale, String prefix) {
        Locale supported = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        java.util.SortedMap<String, String> texts = new java.util.TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                texts.put(key, new MessageFormat(bundle.getString(key), supported).format(new Object[0]));
            }
        }
        return texts;
    }

    /** The supported locale closest to the one asked for. */
    public static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale candidate : SUPPORTED) {
                if (candidate.getLanguage().equals(locale.getLanguage())) {
                    return candidate;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
