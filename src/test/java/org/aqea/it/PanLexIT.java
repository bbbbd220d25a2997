package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aqea.address.Domains;
import org.aqea.address.WordClass;
import org.aqea.panlex.PanLexExpression;
import org.aqea.panlex.PanLexJoin;
import org.aqea.panlex.PanLexSnapshot;
import org.aqea.testing.PanLexSnapshots;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job on PanLex snapshots next to a German Wiktionary run: one entry per expression and part of speech with
 * translations, as the join gives them; PanLex's Hund joins the German lexeme under its address without touching the German entry; a
 * row with a wrong value is recorded with its table and line; a later complete snapshot deprecates only PanLex's
 * expressions that vanished.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PanLexIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Above PanLex's default (1), so that the runs show they keep their own. */
    private static final int MINIMUM_SCORE = 2;

    private final ApiClient admin = ApiClient.admin();

    @BeforeAll
    static void serverReady() throws InterruptedException {
        ApiClient.anonymous().awaitHealthy(() -> true);
    }

    private static Path snapshot(String name, PanLexSnapshots generator) throws IOException {
        Path zip = Path.of("target", "it-dumps", name).toAbsolutePath();
        Files.createDirectories(zip.getParent());
        Files.deleteIfExists(zip);
        generator.writeZip(zip);
        return zip;
    }

    /** The snapshot unpacked, as a user who unzipped it gives it. */
    private static Path snapshotFolder(String name, PanLexSnapshots generator) throws IOException {
        Path folder = Path.of("target", "it-dumps", name).toAbsolutePath();
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        generator.writeFolder(folder);
        return folder;
    }

    /** A run of the snapshot that keeps the translations scored {@value #MINIMUM_SCORE} or more. */
    private static String request(Path zip, String extra) {
        return "{\"source\":\"panlex\",\"dump\":\"" + zip + "\",\"minimumScore\":" + MINIMUM_SCORE + extra + "}";
    }

    /** What the join gives for the snapshot, as the test reads it itself, keeping translations scored 2 or more. */
    private static List<PanLexExpression> joined(Path zip) throws IOException {
        return joined(zip, MINIMUM_SCORE);
    }

    private static List<PanLexExpression> joined(Path zip, int minimumScore) throws IOException {
        List<PanLexExpression> expressions = new ArrayList<>();
        try (PanLexSnapshot snapshot = PanLexSnapshot.open(zip);
             PanLexJoin join = PanLexJoin.of(snapshot, language -> Domains.of(language).isPresent(), minimumScore,
                     Path.of("target", "it-dumps", "panlex-join"))) {
            for (PanLexExpression expression = join.next(); expression != null; expression = join.next()) {
                expressions.add(expression);
            }
        }
        return expressions;
    }

    /** The entries the expressions give: one per expression and part of speech of its translations and definitions. */
    private static Set<String> entries(List<PanLexExpression> expressions) {
        Set<String> entries = new HashSet<>();
        for (PanLexExpression expression : expressions) {
            expression.translations().forEach(translation -> entries.add(expression.id() + "/" + translation.wordClass()));
            expression.definitions().forEach(definition -> entries.add(expression.id() + "/" + definition.wordClass()));
        }
        return entries;
    }

    private static PanLexSnapshots generated() {
        return new PanLexSnapshots(2_000, 6_000, 21, false).withPair("deu-000", "Hund", "eng-000", "dog", 3);
    }

    @Test
    void expressionsJoinTheLexemesOfTheirWordsAndACompleteSnapshotDeprecatesOnlyWhatVanished() throws Exception {
        Database.clear();
        Jobs.run(admin, Jobs.request("de", TwoEditions.germanDump(), ",\"complete\":true"));
        String germanRows = Database.single("SELECT string_agg(edition || updated_at::text || status || address, ',') FROM entry");
        String germanHund = Database.single("SELECT address FROM entry WHERE edition = 'de' AND word = 'Hund'");

        Path first = snapshot("panlex-20240301-csv.zip", generated().withRow("expr", "x1,157,Wort,wort"));
        List<PanLexExpression> expected = joined(first);
        JsonNode job = Jobs.run(admin, request(first, ",\"partitions\":3"));
        assertEquals(expected.size() + 1, Jobs.sum(job, "itemsRead"), job::toString);
        assertEquals(entries(expected).size(), Database.count("SELECT count(*) FROM entry WHERE edition = 'panlex' AND status <> 'deprecated'"));
        assertTrue(joined(first, 1).stream().anyMatch(expression -> expression.translations().stream().anyMatch(t -> t.score() == 1)),
                "the snapshot has translations scored 1");
        assertEquals(0, Database.count("SELECT count(*) FROM entry, jsonb_array_elements(lexical->'translations') t "
                + "WHERE edition = 'panlex' AND (t->>'score')::int < " + MINIMUM_SCORE), "the run keeps its own minimum");
        for (PanLexExpression expression : expected.stream().filter(e -> !e.translations().isEmpty()).limit(60).toList()) {
            PanLexExpression.PanLexTranslation best = expression.translations().get(0);
            List<PanLexExpression.PanLexTranslation> ofClass = expression.translations().stream()
                    .filter(translation -> java.util.Objects.equals(translation.wordClass(), best.wordClass())).toList();
            JsonNode translations = JSON.readTree(Database.single("SELECT lexical->'translations' FROM entry WHERE edition = "
                    + "'panlex' AND page_id = " + expression.id() + " AND heading_index = "
                    + WordClass.ofPos(best.wordClass() == null ? "unknown" : best.wordClass()).code()));
            assertEquals(ofClass.size(), translations.size());
            for (int i = 0; i < translations.size(); i++) {
                PanLexExpression.PanLexTranslation translation = ofClass.get(i);
                assertEquals(translation.text(), translations.get(i).get("word").asText());
                assertEquals(translation.language(), translations.get(i).get("lang_code").asText());
                assertEquals(translation.score(), translations.get(i).get("score").asInt());
                assertEquals(translation.labels().size(), translations.get(i).get("sources").size());
            }
        }
        PanLexExpression defined = expected.stream().filter(e -> e.definitions().size() > 1).findFirst().orElseThrow();
        String definedClass = defined.definitions().get(0).wordClass();
        List<String> glosses = defined.definitions().stream()
                .filter(definition -> java.util.Objects.equals(definition.wordClass(), definedClass))
                .map(definition -> List.of(definition.language(), definition.text())).distinct()
                .map(definition -> definition.get(1)).toList();
        assertEquals(String.join("|", glosses), Database.single("SELECT string_agg(s->>'gloss', '|' ORDER BY n) FROM entry, "
                + "jsonb_array_elements(lexical->'senses') WITH ORDINALITY AS sense(s, n) WHERE edition = 'panlex' AND page_id = " + defined.id()
                + " AND heading_index = " + WordClass.ofPos(definedClass == null ? "unknown" : definedClass).code()),
                "the meanings' definitions are the entry's senses");
        assertEquals(1, Database.count("SELECT count(*) FROM reject WHERE title LIKE 'expr.csv, line %' AND reason LIKE "
                + "'%its id is ''x1'', not an id%'"), "the bad row, recorded with its table and line");

        assertEquals(germanHund, Database.single("SELECT address FROM entry WHERE edition = 'panlex' AND word = 'Hund'"),
                "PanLex's Hund joins the German lexeme");
        assertEquals(1, Database.count("SELECT count(*) FROM entry WHERE edition = 'panlex' AND word = 'Hund' AND word_class = 1"));
        assertEquals(germanRows, Database.single("SELECT string_agg(edition || updated_at::text || status || address, ',') "
                + "FROM entry WHERE edition = 'de'"), "the German entries stay as they were");
        JsonNode view = ApiClient.reader().get("/api/entries/" + germanHund).body();
        JsonNode panlex = null;
        for (JsonNode other : view.get("otherEditions")) {
            if (other.get("source").get("edition").asText().equals("panlex")) {
                panlex = other;
            }
        }
        JsonNode hund = panlex == null ? view.get("entry") : panlex;
        assertEquals("panlex", hund.get("source").get("edition").asText(), view::toString);
        assertEquals("CC0 1.0", hund.get("source").get("licence").asText());
        JsonNode dog = hund.get("lexical").get("translations").get(0);
        assertEquals("dog", dog.get("word").asText());
        assertTrue(dog.get("score").asInt() > 0 && dog.get("sources").size() == 3, dog::toString);
        try (Chromium chromium = Chromium.launchOrSkip()) {
            Page page = chromium.logIn("reader", ApiClient.secret("AQEA_READER_PASSWORD"));
            page.navigate(Chromium.DASHBOARD + "#/entry/" + germanHund);
            Locator row = page.locator(".edition[data-edition=panlex] .scored-translations tbody tr").filter(
                    new Locator.FilterOptions().setHasText("dog"));
            row.waitFor();
            assertEquals(List.of("en", "dog", dog.get("score").asText(), String.join("; ", List.of(
                    dog.get("sources").get(0).asText(), dog.get("sources").get(1).asText(), dog.get("sources").get(2).asText()))),
                    row.locator("td").allTextContents(), "the dashboard shows PanLex's score and dictionaries under the German entry");
            assertEquals("[1] (en) what \"dog\" means, in English", page.locator(".edition[data-edition=panlex] ol > li")
                    .first().textContent(), "PanLex's English definition, its language named");
        }

        // The later snapshot unpacked: the held run's restart finds it the same folder, file by file.
        Path second = snapshotFolder("panlex-20240401-csv", generated().omitting(id -> id % 40 == 0));
        Set<String> kept = entries(joined(second));
        long vanished = entries(expected).stream().filter(entry -> !kept.contains(entry)).count();
        assertTrue(vanished > 10, "some expressions vanish: " + vanished);
        JsonNode held = Jobs.awaitEnd(admin, Jobs.start(admin, request(second, "")), 300);
        assertEquals("DEPRECATION_HELD", held.get("exitStatus").asText(), "more than 5% vanished: held, " + held);
        assertEquals(vanished, held.get("run").get("unseenEntries").asLong());
        ApiClient.Answer confirmed = admin.post("/api/jobs/" + held.get("executionId").asLong() + "/restart",
                "{\"confirmDeprecation\":true}");
        JsonNode done = Jobs.awaitEnd(admin, confirmed.body().get("executionId").asLong(), 300);
        assertEquals("COMPLETED", done.get("status").asText(), done::toString);
        assertEquals(vanished, Database.count("SELECT count(*) FROM entry WHERE edition = 'panlex' AND status = 'deprecated'"));
        assertEquals(kept.size(), Database.count("SELECT count(*) FROM entry WHERE edition = 'panlex' AND status <> 'deprecated'"));
        assertEquals(germanRows, Database.single("SELECT string_agg(edition || updated_at::text || status || address, ',') "
                + "FROM entry WHERE edition = 'de'"), "a complete PanLex run deprecates nothing of another source");
        assertEquals(germanHund, Database.single("SELECT address FROM entry WHERE edition = 'panlex' AND word = 'Hund'"));
    }

    @Test
    void aFileThatIsNoSnapshotIsRefused() throws Exception {
        ApiClient.Answer refused = admin.post("/api/jobs", request(TwoEditions.germanDump(), ""));
        assertEquals(400, refused.status());
        assertTrue(refused.body().toString().contains("not a zip"), refused.body()::toString);
    }
}
