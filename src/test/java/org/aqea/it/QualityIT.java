package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.aqea.testing.DumpFiles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every entry of a run is validated and stored with its flags and score, none dropped; the run's quality report
 * agrees with the database, and the entry API shows an entry's flags.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityIT {

    /** Syllables that spell another word, a colon for the length mark: two rules, one entry. */
    private static final String ZUCKER = """
            == Zucker ({{Sprache|Deutsch}}) ==
            === {{Wortart|Substantiv|Deutsch}}, {{m}} ===

            {{Worttrennung}}
            :Zuk·ker

            {{Aussprache}}
            :{{IPA}} {{Lautschrift|ˈtsʊ:kɐ}}

            {{Bedeutungen}}
            :[1] süß schmeckendes, kristallines Lebensmittel
            """;

    /** A heading whose part of speech the German edition does not know. */
    private static final String QUARKEL = """
            == Quarkel ({{Sprache|Deutsch}}) ==
            === {{Wortart|Quatschwort|Deutsch}} ===

            {{Bedeutungen}}
            :[1] ein Wort, das es nicht gibt
            """;

    /** The same noun with the same gloss in two languages of one page. */
    private static final String COMPUTER = """
            == Computer ({{Sprache|Deutsch}}) ==
            === {{Wortart|Substantiv|Deutsch}}, {{m}} ===

            {{Bedeutungen}}
            :[1] elektronische Datenverarbeitungsanlage

            == Computer ({{Sprache|Englisch}}) ==
            === {{Wortart|Substantiv|Englisch}} ===

            {{Bedeutungen}}
            :[1] elektronische Datenverarbeitungsanlage
            """;

    /** A language that no table knows (a real page's {@code Limburgisch} was one before the tables were generated). */
    private static final String QAPLA = """
            == qapla ({{Sprache|Klingonisch-Alt}}) ==
            === {{Wortart|Interjektion|Klingonisch-Alt}} ===

            {{Bedeutungen}}
            :[1] Erfolg!
            """;

    @Test
    void everyEntryIsStoredWithItsFlagsAndTheReportAgreesWithTheDatabase() throws Exception {
        List<DumpFiles.Page> pages = new ArrayList<>(Jobs.pages(600, 77));
        pages.add(DumpFiles.Page.article(900_001, "Zucker", ZUCKER));
        pages.add(DumpFiles.Page.article(900_002, "Quarkel", QUARKEL));
        pages.add(DumpFiles.Page.article(900_003, "Computer", COMPUTER));
        pages.add(DumpFiles.Page.article(900_004, "qapla", QAPLA));
        Database.clear();
        ApiClient admin = ApiClient.admin();
        JsonNode job = Jobs.run(admin, Jobs.request(Jobs.bz2("quality.xml.bz2", pages), ""));
        long id = job.get("executionId").asLong();

        JsonNode report = ApiClient.reader().get("/api/jobs/" + id + "/quality").body();
        assertEquals(Database.count("SELECT count(*) FROM entry"), report.get("entries").asLong(), "no entry dropped");
        assertEquals(Jobs.sum(job, "itemsWritten"), report.get("entries").asLong());
        assertEquals(0, report.get("unchecked").asLong());
        assertEquals(Database.count("SELECT count(*) FROM entry WHERE quality_flags <> '[]'"), report.get("flagged").asLong());
        assertTrue(report.get("flagged").asLong() >= 2, report::toString);
        for (Iterator<Map.Entry<String, JsonNode>> rules = report.get("byRule").fields(); rules.hasNext(); ) {
            Map.Entry<String, JsonNode> rule = rules.next();
            assertEquals(Database.count("SELECT count(*) FROM entry WHERE quality_flags @> '[{\"rule\": \"" + rule.getKey()
                    + "\"}]'"), rule.getValue().asLong(), rule.getKey());
        }
        assertEquals(1, report.get("byRule").get("unknown_pos").asLong(), report::toString);
        assertEquals(1, report.get("byRule").get("unknown_language").asLong(), report::toString);
        assertEquals(1, Database.count("SELECT count(*) FROM entry WHERE word = 'qapla' AND lang_code IS NULL AND address IS NULL"
                + " AND reason = 'unknown language ''Klingonisch-Alt''' AND lexical->>'lang' = 'Klingonisch-Alt'"),
                "kept with its language's name, without an address");
        assertEquals(0, job.get("rejects").size(), job.get("rejects")::toString);
        assertEquals(1, report.get("byRule").get("duplicate_across_languages").asLong(), report::toString);
        assertEquals(0, report.get("inOtherEditions").asLong(), "one edition in the lexicon");
        assertTrue(report.get("byRule").get("hyphenation_mismatch").asLong() >= 1, report::toString);
        long scored = 0;
        for (JsonNode count : report.get("scores")) {
            scored += count.asLong();
        }
        assertEquals(report.get("entries").asLong(), scored, "the distribution covers every entry");

        int previous = -1;
        for (JsonNode worst : report.get("worst")) {
            assertTrue(worst.get("score").asInt() >= previous, "worst first");
            previous = worst.get("score").asInt();
            assertTrue(worst.get("flags").size() > 0, worst::toString);
        }
        JsonNode zucker = null;
        for (JsonNode worst : report.get("worst")) {
            if (worst.get("word").asText().equals("Zucker")) {
                zucker = worst;
            }
        }
        assertTrue(zucker != null, "Zucker (80) is among the worst: " + report.get("worst"));
        assertEquals(80, zucker.get("score").asInt());

        JsonNode entry = ApiClient.reader().get("/api/entries/" + zucker.get("address").asText().replace(":", "%3A"))
                .body().get("entry");
        assertEquals(80, entry.get("quality").get("score").asInt());
        List<String> rules = new ArrayList<>();
        entry.get("quality").get("flags").forEach(flag -> rules.add(flag.get("rule").asText() + " " + flag.get("where").asText()));
        assertEquals(List.of("ipa_not_ipa ipa[0]", "hyphenation_mismatch hyphenation"), rules);
        assertEquals(404, ApiClient.reader().get("/api/jobs/999999/quality").status());
    }
}
