package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aqea.testing.GeneratedLexemes;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job on Wikidata's lexemes dump: next to a German Wiktionary run, one address for a lexeme both sources hold,
 * translations between senses resolved to lemmas and addresses, neither source's complete run deprecating the other's
 * entries; bad lines recorded, a truncated dump failed with nothing stored, a Wiktionary dump refused as lexemes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WikidataLexemesIT {

    private static final int GENERATED = 3_000;

    private final ApiClient admin = ApiClient.admin();

    @BeforeAll
    static void serverReady() throws InterruptedException {
        ApiClient.anonymous().awaitHealthy(() -> true);
    }

    /** Made-up lexemes of several languages, then Hund and dog. */
    private static List<String> entities() {
        List<String> entities = new ArrayList<>(new GeneratedLexemes(5).lexemes(GENERATED));
        entities.addAll(TwoEditions.lexemes());
        return entities;
    }

    @Test
    void aLexemeInWiktionaryAndWikidataHasOneAddressAndNeitherRunTouchesTheOthersEntries() throws Exception {
        Database.clear();
        Path german = TwoEditions.germanDump();
        Jobs.run(admin, Jobs.request("de", german, ",\"complete\":true"));
        String germanRows = Database.single("SELECT string_agg(edition || updated_at::text || status, ',') FROM entry");

        Path lexemes = Jobs.lexemes("latest-lexemes.json.bz2", entities());
        JsonNode job = Jobs.run(admin, Jobs.lexemesRequest(lexemes, ",\"partitions\":3"));
        assertEquals(GENERATED + 2, Jobs.sum(job, "itemsRead"));
        assertEquals(germanRows, Database.single("SELECT string_agg(edition || updated_at::text || status, ',') FROM entry "
                + "WHERE edition = 'de'"), "a complete Wikidata run deprecates and touches no Wiktionary entry");
        assertTrue(Database.count("SELECT count(*) FROM entry WHERE edition = 'wikidata'") > GENERATED * 8 / 10);
        assertEquals(0, Database.count("SELECT count(*) FROM entry WHERE edition = 'wikidata' AND lang_code = 'bn'"),
                "languages without an AQEA domain are not taken");

        assertEquals(1, Database.count("SELECT count(DISTINCT address) FROM entry WHERE word = 'Hund' AND lang_code = 'de'"),
                "one address for the lexeme from both sources");
        String address = Database.single("SELECT address FROM entry WHERE edition = 'wikidata' AND word = 'Hund'");
        JsonNode view = ApiClient.reader().get("/api/entries/" + address).body();
        assertEquals(1, view.get("otherEditions").size(), view::toString);
        assertEquals("L900001", view.get("sourceIds").get("wikidata").asText(), "the Wiktionary entry carries the L-id");
        JsonNode wikidata = view.get("entry").get("source").get("edition").asText().equals("wikidata")
                ? view.get("entry") : view.get("otherEditions").get(0);
        JsonNode wiktionary = wikidata == view.get("entry") ? view.get("otherEditions").get(0) : view.get("entry");
        assertEquals("https://www.wikidata.org/wiki/Lexeme:L900001", wikidata.get("source").get("url").asText());
        assertEquals("CC0 1.0", wikidata.get("source").get("licence").asText());
        assertEquals("CC BY-SA 4.0", wiktionary.get("source").get("licence").asText());
        assertEquals("Q144", wikidata.get("lexical").get("senses").get(0).get("item").asText());
        assertEquals("dog", wikidata.get("lexical").get("translations").get(0).get("word").asText());

        JsonNode translation = null;
        for (JsonNode relation : view.get("relations")) {
            if (relation.get("type").asText().equals("translation") && relation.get("lemma").asText().equals("dog")) {
                translation = relation;
            }
        }
        assertTrue(translation != null && translation.get("address").asText().startsWith("0x21:01:"),
                () -> "the translation between senses resolved to the address of Wikidata's 'dog': " + view.get("relations"));

        Jobs.run(admin, Jobs.request("de", german, ",\"complete\":true"));
        assertEquals(0, Database.count("SELECT count(*) FROM entry WHERE status = 'deprecated'"),
                "a complete Wiktionary run leaves Wikidata's entries alone too");

        assertTrue(Database.count("SELECT count(*) FROM entry WHERE edition = 'wikidata' AND lexeme_key LIKE '%|1'") > 0,
                "Wikidata's homographs, keyed apart");
        ImportRoundTrip.assertImportGivesTheSameLexicon(
                ApiClient.reader().getBytesWith("/api/export", "Accept-Encoding", "gzip").body());
    }

    @Test
    void aRunOfSomeLanguagesTakesAndDeprecatesOnlyThose() throws Exception {
        Database.clear();
        List<String> entities = new GeneratedLexemes(8).lexemes(600);
        Jobs.run(admin, Jobs.lexemesRequest(Jobs.lexemes("wikidata-20261101-lexemes.json.bz2", entities), ""));
        assertEquals(0, Database.count("SELECT count(*) FROM entry WHERE lang_code = 'bn'"), "by default no language without domain");
        long others = Database.count("SELECT count(*) FROM entry");

        Jobs.run(admin, Jobs.lexemesRequest(Jobs.lexemes("wikidata-20261102-lexemes.json.bz2", entities), ",\"languages\":[\"bn\"]"));
        assertTrue(Database.count("SELECT count(*) FROM entry WHERE lang_code = 'bn' AND address IS NULL "
                + "AND reason LIKE 'no AQEA domain%'") > 0, "asked for, Bengali is taken, without address");
        assertEquals(others, Database.count("SELECT count(*) FROM entry WHERE lang_code <> 'bn' AND status <> 'deprecated'"),
                "a complete run of Bengali leaves the other languages alone");

        List<String> fewerGerman = new ArrayList<>(entities);
        for (int removed = 0, i = fewerGerman.size() - 1; removed < 5; i--) {
            if (fewerGerman.get(i).contains("\"language\":\"Q188\"")) {
                fewerGerman.remove(i);
                removed++;
            }
        }
        Jobs.run(admin, Jobs.lexemesRequest(Jobs.lexemes("wikidata-20261103-lexemes.json.bz2", fewerGerman),
                ",\"languages\":[\"de\"]"));
        assertEquals(5, Database.count("SELECT count(*) FROM entry WHERE status = 'deprecated'"));
        assertEquals(5, Database.count("SELECT count(*) FROM entry WHERE status = 'deprecated' AND lang_code = 'de'"),
                "only German entries the German run did not see are deprecated");
        ApiClient.Answer refused = admin.post("/api/jobs", Jobs.lexemesRequest(Path.of("x"), ",\"languages\":[\"Deutsch\"]"));
        assertEquals(400, refused.status());
        assertTrue(refused.body().toString().contains("'Deutsch' is no language code"), refused.body()::toString);
    }

    @Test
    void linesThatAreNotLexemesAreRecordedAndATruncatedDumpFailsWithNothingStored() throws Exception {
        Database.clear();
        List<String> entities = new ArrayList<>(new GeneratedLexemes(6).lexemes(200));
        entities.add(50, "{\"type\":\"item\",\"id\":\"Q42\",\"labels\":{}}");
        entities.add(100, "{ this is not JSON");
        JsonNode job = Jobs.run(admin, Jobs.lexemesRequest(Jobs.lexemes("mixed-lexemes.json.bz2", entities), ""));
        assertEquals(2, Jobs.sum(job, "itemsSkipped"), job::toString);
        assertEquals(1, Database.count("SELECT count(*) FROM reject WHERE reason LIKE '%Q42 is not a lexeme%'"));
        assertEquals(1, Database.count("SELECT count(*) FROM reject WHERE reason LIKE '%line 102 of the dump is not a JSON object%'"));

        Database.clear();
        Path whole = Jobs.lexemes("whole-lexemes.json", new GeneratedLexemes(7).lexemes(300));
        Path truncated = whole.resolveSibling("truncated-lexemes.json");
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        JsonNode failed = Jobs.awaitEnd(admin, Jobs.start(admin, Jobs.lexemesRequest(truncated, "")), 120);
        assertEquals("FAILED", failed.get("status").asText(), failed::toString);
        assertTrue(failed.get("exitStatus").asText().contains("without its closing ']': truncated"), failed::toString);
        assertEquals(0, Database.count("SELECT count(*) FROM entry"), "nothing stored from a truncated dump");
    }

    @Test
    void thePackagedOfflineCommandReadsEveryEdition() throws Exception {
        Path out = Path.of("target", "it-dumps", "packaged.jsonl").toAbsolutePath();
        for (List<String> source : List.of(List.of("--edition", "de", TwoEditions.germanDump().toString()),
                List.of("--edition", "en", TwoEditions.englishDump().toString()),
                List.of("--edition", "fr", TwoEditions.frenchDump().toString()),
                List.of("--edition", "es", TwoEditions.hundIn("es").toString()),
                List.of("--edition", "it", TwoEditions.hundIn("it").toString()),
                List.of("--edition", "pt", TwoEditions.hundIn("pt").toString()),
                List.of("--edition", "nl", TwoEditions.hundIn("nl").toString()),
                List.of("--source", "wikidata-lexemes", TwoEditions.lexemesDump().toString()),
                List.of("--source", "panlex", TwoEditions.panLexSnapshot().toString()))) {
            List<String> args = new ArrayList<>(List.of("extract", "-o", out.toString()));
            args.addAll(source);
            PackagedCli.Answer answer = PackagedCli.run(args.toArray(String[]::new));
            assertEquals(0, answer.status(), answer::output);
            assertTrue(Files.readString(out).contains("\"word\":\"Hund\""), () -> source + ": " + answer.output());
        }
    }

    @Test
    void aWiktionaryDumpIsRefusedAsLexemesAndLexemesAsAWiktionaryEdition() throws Exception {
        ApiClient.Answer xml = admin.post("/api/jobs", Jobs.lexemesRequest(TwoEditions.germanDump(), ""));
        assertEquals(400, xml.status());
        assertTrue(xml.body().toString().contains("not a Wikidata lexemes dump"), xml.body()::toString);
        ApiClient.Answer asEdition = admin.post("/api/jobs", Jobs.request("wikidata", TwoEditions.germanDump(), ""));
        assertEquals(400, asEdition.status());
        assertTrue(asEdition.body().toString().contains("wikidata-lexemes"), asEdition.body()::toString);
    }
}
