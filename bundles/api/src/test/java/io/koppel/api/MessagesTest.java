package io.koppel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.koppel.api.posting.DocumentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @ParameterizedTest(name = "catalogue {0} has every key of the English one")
    @ValueSource(strings = {"nl", "fr"})
    void everyLanguageHasEveryKey(String language) throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> translated = load("messages_" + language + ".properties").stringPropertyNames();
        assertEquals(english, translated);
    }

    @Test
    void aPageReadsItsTextsByPrefixWithPlaceholdersLeftForIt() {
        var dutch = Messages.texts(new Locale("nl", "BE"), "dashboard.");
        assertEquals("Selectie doorboeken", dutch.get("dashboard.postings.repost"));
        assertEquals("Dagboek voor creditnota's", dutch.get("dashboard.connection.creditNoteJournal"));
        assertEquals("{0} van {1}", dutch.get("dashboard.connection.budgetUse"));
        assertFalse(dutch.keySet().stream().anyMatch(key -> !key.startsWith("dashboard.")));
        assertEquals(Messages.texts(Locale.ENGLISH, "dashboard.").keySet(), dutch.keySet());
    }

    @Test
    void everyReasonStatusAndTypeReadsInEveryLanguage() {
        for (Locale locale : Messages.SUPPORTED) {
            for (ReasonCode code : ReasonCode.values()) {
                String text = Reason.of(code, "A", "B", "C").text(locale);
                assertFalse(text.isBlank(), code + " in " + locale);
                assertFalse(text.contains("{"), code + " in " + locale + " leaves a placeholder: " + text);
                assertFalse(text.contains("''"), code + " in " + locale + " shows a doubled quote: " + text);
            }
            for (Status status : Status.values()) {
                assertFalse(status.label(locale).isBlank());
            }
            for (DocumentType type : DocumentType.values()) {
                assertFalse(type.label(locale).isBlank());
            }
        }
    }

    @Test
    void aClerkReadsTheReasonInHerLanguage() {
        Reason closed = Reason.of(ReasonCode.PERIOD_CLOSED, 2024, 12);
        assertEquals("Periode is afgesloten: 2024 - 12. Open de periode terug in Exact, of druk af met een andere"
                + " datum, en boek opnieuw door.", closed.text(new Locale("nl", "BE")));
        assertEquals("Status: Fatal", "Status: " + Status.FATAL.label(Locale.GERMAN));
        String french = Reason.of(ReasonCode.RATE_LIMITED, "10:00").text(Locale.FRENCH);
        assertEquals("La limite d'appels d'Exact est atteinte ; la comptabilisation reprend d'elle-même à 10:00.", french);
        assertNotEquals(closed.text(Locale.ENGLISH), closed.text(Locale.FRENCH));
        assertEquals("Client : inactif. Activez le client dans Exact et comptabilisez à nouveau.",
                Reason.of(ReasonCode.CUSTOMER_INACTIVE).text(Locale.FRENCH));
        assertEquals("La liaison avec Exact de X est incomplète : choisissez le dossier et les journaux.",
                Messages.text(Locale.FRENCH, "reason.CONNECTION_INCOMPLETE", "X"));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
