package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aqea.testing.DumpFiles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search by meaning on the server: the meaning backfill embeds what German and English editions extracted, the API
 * finds entries near a text or near an entry across languages, and so does the dashboard in Chromium; a second
 * backfill embeds nothing; an extraction run asked for meanings embeds only what it changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeaningSearchIT {

    private final ApiClient admin = ApiClient.admin();
    private final ApiClient reader = ApiClient.reader();

    @BeforeAll
    static void serverReady() throws InterruptedException {
        ApiClient.anonymous().awaitHealthy(() -> true);
    }

    private static final String TASSE = """
            == Tasse ({{Sprache|Deutsch}}) ==
            === {{Wortart|Substantiv|Deutsch}}, {{f}} ===
            {{Bedeutungen}}
            :[1] ein Trinkgefäß mit Henkel
            ==== {{Übersetzungen}} ====
            {{Ü-Tabelle|1|Ü-Liste=
            *{{en}}: [1] {{Ü|en|cup}}
            }}
            """;

    private static String englishNoun(String gloss) {
        return "==English==\n===Noun===\n{{en-noun}}\n\n# " + gloss + "\n";
    }

    private static Path englishDump(String name, String cupGloss) throws IOException {
        return Jobs.bz2(name, "enwiktionary", List.of(
                DumpFiles.Page.article(201, "dog", englishNoun("A [[mammal]], ''Canis familiaris'', kept as a pet or for work.")),
                DumpFiles.Page.article(202, "cup", englishNoun(cupGloss)),
                DumpFiles.Page.article(203, "puppy", englishNoun("A young [[dog]].")),
                DumpFiles.Page.article(204, "car", englishNoun("A wheeled motor vehicle that carries a few passengers."))));
    }

    private List<String> similar(String query) {
        ApiClient.Answer answer = reader.get("/api/entries/" + query);
        assertEquals(200, answer.status(), answer.body()::toString);
        List<String> found = new ArrayList<>();
        for (JsonNode result : answer.body().get("results")) {
            found.add(result.get("lang").asText() + ":" + result.get("word").asText());
        }
        return found;
    }

    private static String text(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void entriesAreFoundByMeaningAcrossLanguagesAndOnlyChangedTextsAreEmbeddedAgain() throws Exception {
        Database.clear();
        Jobs.run(admin, Jobs.request("de", Jobs.bz2("meaning-de.xml.bz2", "dewiktionary", List.of(
                DumpFiles.Page.article(11, "Hund", TwoEditions.GERMAN_EDITION_PAGE), DumpFiles.Page.article(12, "Tasse", TASSE))), ""));
        Jobs.run(admin, Jobs.request("en", englishDump("meaning-en.xml.bz2", "A vessel from which one drinks, usually with a handle."), ""));
        assertEquals(409, reader.get("/api/entries/similar?text=dog").status(), "no meaning is computed yet");
        ApiClient.Answer refused = admin.post("/api/jobs", "{\"source\": \"meanings\", \"edition\": \"de\"}");
        assertEquals(400, refused.status(), refused.body()::toString);

        Jobs.run(admin, "{\"source\": \"meanings\"}");
        assertEquals(6, Database.count("SELECT count(*) FROM entry_meaning"), "each entry with an English side");
        assertEquals("dog", Database.single("SELECT meaning_text FROM entry_meaning WHERE edition = 'de' AND page_id = 11"),
                "German Hund means its English translation");

        List<String> youngDog = similar("similar?text=" + text("a young dog") + "&k=3");
        assertEquals("en:puppy", youngDog.get(0), youngDog::toString);
        assertTrue(youngDog.contains("en:dog") && youngDog.contains("de:Hund"), youngDog::toString);
        List<String> drinking = similar("similar?text=" + text("a drinking vessel") + "&k=2");
        assertEquals(List.of("de:Tasse", "en:cup"), drinking.stream().sorted().toList(), drinking::toString);
        assertEquals(List.of("de:Hund"), similar("similar?text=" + text("a young dog") + "&lang=de&k=1"),
                "the language asked for only");

        String hund = Database.single("SELECT address FROM entry WHERE edition = 'de' AND word = 'Hund'");
        JsonNode nearHund = reader.get("/api/entries/" + hund + "/similar?k=2").body();
        assertTrue(similar(hund + "/similar?k=2").contains("en:dog"), nearHund::toString);
        String hundAddress = reader.get("/api/entries/" + hund).body().get("entry").get("address").asText();
        assertTrue(nearHund.get("results").findValuesAsText("address").stream().noneMatch(hundAddress::equals), "not itself");
        assertTrue(nearHund.get("results").get(0).get("similarity").asDouble() > 0.5, nearHund::toString);
        assertEquals("all-MiniLM-L6-v2-q", nearHund.get("model").asText());
        assertEquals(6, nearHund.get("indexed").asInt());

        try (Chromium chromium = Chromium.launchOrSkip()) {
            Page page = chromium.logIn("reader", ApiClient.secret("AQEA_READER_PASSWORD"));
            page.click("#nav-entries");
            page.fill("#meaning-text", "a young dog");
            page.click("#meaning-submit");
            page.waitForSelector("#meaning-results tbody tr");
            assertEquals("puppy", page.locator("#meaning-results tbody tr td").nth(1).textContent(),
                    "the dashboard's search by meaning");
            page.navigate(Chromium.DASHBOARD + "#/entry/" + hundAddress);
            Locator nearest = page.locator("#nearest-entries tbody tr");
            nearest.first().waitFor();
            assertTrue(nearest.allTextContents().stream().anyMatch(row -> row.contains("dog")), nearest.allTextContents()::toString);
            assertTrue(nearest.allTextContents().stream().noneMatch(row -> row.contains("Tasse")), "other languages only");
        }

        assertEquals(400, reader.get("/api/entries/similar?text=dog&k=0").status());
        assertEquals(400, reader.get("/api/entries/similar").status());
        assertEquals(404, reader.get("/api/entries/0x01020304/similar").status());

        // The same texts again: nothing embedded; cup's new gloss, by the extraction run's own step: cup alone.
        String before = Database.single("SELECT string_agg(page_id || '@' || updated_at, ',' ORDER BY page_id) FROM entry_meaning");
        Jobs.run(admin, "{\"source\": \"meanings\"}");
        assertEquals(before, Database.single("SELECT string_agg(page_id || '@' || updated_at, ',' ORDER BY page_id) FROM entry_meaning"));
        Jobs.run(admin, Jobs.request("en", englishDump("meaning-en-2.xml.bz2", "A bowl-shaped trophy given to the winner of a contest."),
                ",\"meanings\":true"));
        assertEquals(5, Database.count("SELECT count(*) FROM entry_meaning m WHERE position(page_id || '@' || updated_at in '"
                + before + "') > 0"), "the others keep their vectors");
        List<String> trophy = similar("similar?text=" + text("a prize for the winner") + "&k=1");
        assertEquals(List.of("en:cup"), trophy, "the index follows the new vector");
    }
}
