package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.EnglishPages;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job on English Wiktionary dumps: entries of every language with their forms, translations and relations; a
 * lexeme in both editions under one address with both editions' entries; a run of one edition that leaves the other's
 * entries alone; a dump of one edition refused as another.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnglishEditionIT {

    private final ApiClient admin = ApiClient.admin();

    @BeforeAll
    static void serverReady() throws InterruptedException {
        ApiClient.anonymous().awaitHealthy(() -> true);
    }

    @Test
    void anEnglishDumpGivesEntriesOfEveryLanguageWithFormsTranslationsRelationsAndAddresses() throws Exception {
        Database.clear();
        List<DumpFiles.Page> pages = new ArrayList<>(new EnglishPages(41).pages(3_000));
        pages.addAll(EnglishPages.withLanguageModule(1_000_000));
        JsonNode job = Jobs.run(admin, Jobs.request("en", Jobs.bz2("en.xml.bz2", "enwiktionary", pages), ""));
        assertEquals(3_001, Jobs.sum(job, "itemsRead"));

        Map<String, Long> byLanguage = new HashMap<>();
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT lang_code, count(*) FROM entry WHERE edition = 'en' GROUP BY 1")) {
            while (rows.next()) {
                byLanguage.put(rows.getString(1), rows.getLong(2));
            }
        }
        assertTrue(byLanguage.keySet().containsAll(List.of("en", "de", "fr", "es", "it", "nl", "la")), byLanguage::toString);
        assertTrue(byLanguage.get("en") > 2_000, byLanguage::toString);
        assertEquals(1, byLanguage.get("tlh"), () -> "a language named by the dump's own module: " + byLanguage);
        assertEquals(0, Database.count("SELECT count(*) FROM entry WHERE edition <> 'en'"));

        JsonNode nouns = ApiClient.reader().get("/api/entries?lang=en&pos=noun&edition=en&size=200").body().get("entries");
        assertEquals(0, ApiClient.reader().get("/api/entries?lang=en&edition=de").body().get("entries").size(),
                "no German-edition entries were stored");
        assertEquals(400, ApiClient.reader().get("/api/entries?edition=xx").status());
        JsonNode lemma = null;
        for (JsonNode entry : nouns) {
            if (entry.get("address").isTextual() && entry.get("lexical").get("translations").size() > 0) {
                lemma = entry;
                break;
            }
        }
        assertTrue(lemma != null, "an English noun with an address and translations");
        assertTrue(lemma.get("address").asText().startsWith("0x21:01:"), lemma.get("address")::asText);
        JsonNode lexical = lemma.get("lexical");
        assertEquals("plural", lexical.get("forms").get(0).get("tags").get(0).asText());
        assertTrue(lexical.get("forms").get(0).get("form").asText().startsWith(lexical.get("word").asText()));
        assertTrue(lexical.get("derived").size() > 0, "derived terms");
        assertTrue(lexical.get("synonyms").size() > 0, "synonyms");
        assertTrue(lexical.get("pronunciations").get(0).get("accents").size() > 0, "IPA with its accent");
        assertTrue(lexical.get("etymology").asText().startsWith("From Middle English "), lexical.get("etymology")::asText);

        JsonNode byAddress = ApiClient.reader().get("/api/entries/" + lemma.get("address").asText().replace(":", "%3A")).body();
        assertTrue(byAddress.get("relations").size() > 0, "translations and relations resolved");
        assertEquals("https://en.wiktionary.org/wiki/" + lexical.get("word").asText(),
                byAddress.get("entry").get("source").get("url").asText());

        assertEquals(1_000, Database.count("SELECT count(*) FROM entry WHERE edition = 'en' AND lexical->>'form_of' IS NOT NULL"),
                "every form-of page");
        assertEquals(0, Database.count("SELECT count(*) FROM entry WHERE lexical->>'form_of' IS NOT NULL AND address IS NOT NULL"),
                "forms get no address of their own");
    }

    @Test
    void aLexemeInBothEditionsHasOneAddressAndARunLeavesTheOtherEditionAlone() throws Exception {
        Database.clear();
        Path german = TwoEditions.germanDump();
        Path english = TwoEditions.englishDump();
        Jobs.run(admin, Jobs.request("de", german, ",\"complete\":true"));
        String germanRows = Database.single("SELECT string_agg(edition || updated_at::text || status, ',') FROM entry");

        Jobs.run(admin, Jobs.request("en", english, ",\"complete\":true"));
        assertEquals(germanRows, Database.single("SELECT string_agg(edition || updated_at::text || status, ',') FROM entry "
                + "WHERE edition = 'de'"), "a complete English run deprecates and touches no German entry");
        assertEquals(1, Database.count("SELECT count(DISTINCT address) FROM entry WHERE word = 'Hund' AND lang_code = 'de'"),
                "one address for the lexeme in both editions");
        assertEquals(1, Database.count("SELECT count(*) FROM lexeme"));

        String address = Database.single("SELECT address FROM entry WHERE edition = 'en'");
        JsonNode view = ApiClient.reader().get("/api/entries/" + address).body();
        assertEquals(2, 1 + view.get("otherEditions").size(), view::toString);
        Map<String, JsonNode> byEdition = new HashMap<>();
        byEdition.put(view.get("entry").get("source").get("edition").asText(), view.get("entry"));
        byEdition.put(view.get("otherEditions").get(0).get("source").get("edition").asText(), view.get("otherEditions").get(0));
        assertEquals("ein Haustier", byEdition.get("de").get("lexical").get("senses").get(0).get("gloss").asText());
        assertEquals("dog", byEdition.get("en").get("lexical").get("senses").get(0).get("gloss").asText());
        assertEquals("Der Hund bellt. ― The dog barks.",
                byEdition.get("en").get("lexical").get("senses").get(0).get("examples").get(0).asText());
        assertEquals("https://de.wiktionary.org/wiki/Hund", byEdition.get("de").get("source").get("url").asText());
        assertEquals("https://en.wiktionary.org/wiki/Hund", byEdition.get("en").get("source").get("url").asText());

        Jobs.run(admin, Jobs.request("de", german, ",\"complete\":true"));
        assertEquals(0, Database.count("SELECT count(*) FROM entry WHERE status = 'deprecated'"),
                "a complete German run leaves the English entry alone too");
    }

    @Test
    void aDumpOfAnotherEditionIsRefusedBeforeAnyPageIsRead() throws Exception {
        Database.clear();
        Path english = Jobs.bz2("wrong-edition.xml.bz2", "enwiktionary", new EnglishPages(42).pages(50));
        JsonNode job = Jobs.awaitEnd(admin, Jobs.start(admin, Jobs.request("de", english, "")), 120);
        assertEquals("FAILED", job.get("status").asText(), job::toString);
        assertTrue(job.get("exitStatus").asText().startsWith("WRONG_EDITION: the dump is of enwiktionary, not of dewiktionary"),
                job::toString);
        assertEquals(0, Database.count("SELECT count(*) FROM entry"));
    }
}
