package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.EnglishPages;
import org.aqea.testing.FrenchPages;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job on French Wiktionary dumps: entries of every language with their forms, senses, translations and
 * addresses; French chat from Wiktionnaire and from the English Wiktionary's French section under one address; a dump
 * of another edition refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrenchEditionIT {

    private final ApiClient admin = ApiClient.admin();

    @BeforeAll
    static void serverReady() throws InterruptedException {
        ApiClient.anonymous().awaitHealthy(() -> true);
    }

    @Test
    void aFrenchDumpGivesEntriesOfEveryLanguageWithFormsTranslationsAndAddresses() throws Exception {
        Database.clear();
        JsonNode job = Jobs.run(admin, Jobs.request("fr", Jobs.bz2("fr.xml.bz2", "frwiktionary", new FrenchPages(43).pages(3_000)), ""));
        assertEquals(3_000, Jobs.sum(job, "itemsRead"));
        Map<String, Long> byLanguage = new HashMap<>();
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT lang_code, count(*) FROM entry WHERE edition = 'fr' GROUP BY 1")) {
            while (rows.next()) {
                byLanguage.put(rows.getString(1), rows.getLong(2));
            }
        }
        assertTrue(byLanguage.keySet().containsAll(List.of("fr", "en", "de", "it", "la")), byLanguage::toString);
        assertTrue(byLanguage.get("fr") > 2_000, byLanguage::toString);

        JsonNode nouns = ApiClient.reader().get("/api/entries?lang=fr&pos=noun&edition=fr&size=200").body().get("entries");
        JsonNode lemma = null;
        for (JsonNode entry : nouns) {
            if (entry.get("address").isTextual() && entry.get("lexical").get("translations").size() > 0) {
                lemma = entry;
                break;
            }
        }
        assertTrue(lemma != null, "a French noun with an address and translations");
        JsonNode lexical = lemma.get("lexical");
        assertEquals(List.of("singular", "plural"), List.of(lexical.get("forms").get(0).get("tags").get(0).asText(),
                lexical.get("forms").get(1).get("tags").get(0).asText()));
        assertEquals(lexical.get("word").asText() + "s", lexical.get("forms").get(1).get("form").asText());
        assertEquals(1, lexical.get("genders").size());
        assertEquals("1", lexical.get("translations").get(0).get("senseIds").get(0).asText(), "a table's sense by number");
        assertTrue(lexical.get("etymology").asText().contains("Du latin "), lexical.get("etymology")::asText);
        JsonNode byAddress = ApiClient.reader().get("/api/entries/" + lemma.get("address").asText().replace(":", "%3A")).body();
        assertEquals("https://fr.wiktionary.org/wiki/" + lexical.get("word").asText(),
                byAddress.get("entry").get("source").get("url").asText());
        assertEquals(1_000, Database.count("SELECT count(*) FROM entry WHERE edition = 'fr' AND lexical->>'form_of' IS NOT NULL"),
                "every inflected form");
        assertEquals(0, Database.count("SELECT count(*) FROM entry WHERE lexical->>'form_of' IS NOT NULL AND address IS NOT NULL"),
                "forms get no address of their own");
    }

    @Test
    void frenchChatFromBothEditionsHasOneAddress() throws Exception {
        Database.clear();
        Path french = Jobs.bz2("chat-fr.xml.bz2", "frwiktionary", List.of(DumpFiles.Page.article(21, "chat", """
                == {{langue|fr}} ==
                === {{S|nom|fr}} ===
                {{fr-rég|ʃa}}
                '''chat''' {{pron|ʃa|fr}} {{m}}
                # {{lexique|zoologie|fr}} [[mammifère|Mammifère]] carnivore domestique.
                ==== {{S|traductions}} ====
                {{trad-début|Mammifère}}
                * {{T|en}} : {{trad+|en|cat}}
                {{trad-fin}}
                """)));
        Path english = Jobs.bz2("chat-en.xml.bz2", "enwiktionary", List.of(DumpFiles.Page.article(22, "chat", """
                ==French==
                ===Noun===
                {{fr-noun|m}}
                # [[cat]]
                """)));
        Jobs.run(admin, Jobs.request("fr", french, ""));
        Jobs.run(admin, Jobs.request("en", english, ""));
        assertEquals(1, Database.count("SELECT count(DISTINCT address) FROM entry WHERE word = 'chat' AND lang_code = 'fr'"),
                "one address for the lexeme in both editions");
        String address = Database.single("SELECT address FROM entry WHERE edition = 'fr'");
        JsonNode view = ApiClient.reader().get("/api/entries/" + address).body();
        assertEquals(1, view.get("otherEditions").size(), view::toString);
    }

    @Test
    void aDumpOfAnotherEditionIsRefused() throws Exception {
        Database.clear();
        Path english = Jobs.bz2("wrong-edition-fr.xml.bz2", "enwiktionary", new EnglishPages(44).pages(50));
        JsonNode job = Jobs.awaitEnd(admin, Jobs.start(admin, Jobs.request("fr", english, "")), 120);
        assertEquals("FAILED", job.get("status").asText(), job::toString);
        assertTrue(job.get("exitStatus").asText().startsWith("WRONG_EDITION: the dump is of enwiktionary, not of frwiktionary"),
                job::toString);
    }
}
