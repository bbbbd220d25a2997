package org.aqea.cli;

import org.aqea.address.Domains;
import org.aqea.address.WordClass;
import org.aqea.panlex.PanLexExpression;
import org.aqea.panlex.PanLexJoin;
import org.aqea.panlex.PanLexSnapshot;
import org.aqea.testing.PanLexSnapshots;
import java.nio.file.StandardOpenOption;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.EnglishPages;
import org.aqea.testing.GeneratedLexemes;
import org.aqea.testing.Lexemes;
import org.aqea.testing.GermanPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AqeaCliTest {

    @TempDir
    Path dir;

    @Test
    void extractsEveryEntryWithAnAqeaObjectAndASummary() throws Exception {
        List<DumpFiles.Page> pages = new GermanPages(5).pages(3_000);
        Path dump = DumpFiles.writeBz2(dir.resolve("de.xml.bz2"), DumpFiles.SCHEMA_011, pages);
        Path out = dir.resolve("entries.jsonl");
        String stderr = runCli(0, "extract", "--edition", "de", dump.toString(), "-o", out.toString());
        List<JsonNode> lines = readLines(out);
        assertTrue(lines.size() > 3_000, "entries: " + lines.size());
        Set<String> addresses = new HashSet<>();
        for (JsonNode line : lines) {
            JsonNode aqea = line.get("aqea");
            assertNotNull(aqea);
            if (line.get("form_of").isNull()) {
                assertTrue(aqea.get("address").isTextual(), line.toString());
                assertTrue(addresses.add(aqea.get("address").asText()), "unique addresses");
                assertEquals("active", aqea.get("status").asText());
            } else {
                assertTrue(aqea.get("address").isNull());
                assertTrue(aqea.get("reason").asText().startsWith("inflected form of"), aqea.toString());
            }
        }
        assertTrue(stderr.contains("pages: 3,000"), stderr);
        assertTrue(stderr.contains("addressed: "), stderr);
        assertTrue(stderr.contains("pages per second"), stderr);
    }

    @Test
    void theSameLexemesInAnotherPageOrderGetTheSameAddresses() throws Exception {
        List<DumpFiles.Page> pages = new GermanPages(6).pages(1_500);
        List<DumpFiles.Page> shuffled = new ArrayList<>(pages);
        Collections.shuffle(shuffled, new Random(1));
        Path first = dir.resolve("a.jsonl");
        Path second = dir.resolve("b.jsonl");
        runCli(0, "extract", "--edition", "de", DumpFiles.writeXml(dir.resolve("a.xml"), DumpFiles.SCHEMA_010, pages).toString(),
                "-o", first.toString());
        runCli(0, "extract", "--edition", "de", DumpFiles.writeXml(dir.resolve("b.xml"), DumpFiles.SCHEMA_011, shuffled).toString(),
                "-o", second.toString());
        assertEquals(addressesByKey(first), addressesByKey(second));
    }

    @Test
    void anEnglishDumpGivesEntriesOfEveryLanguageAndIsRefusedAsAnotherEdition() throws Exception {
        List<DumpFiles.Page> pages = new ArrayList<>(new EnglishPages(5).pages(900));
        pages.addAll(EnglishPages.withLanguageModule(100_000));
        Path dump = DumpFiles.writeBz2(dir.resolve("en.xml.bz2"), DumpFiles.SCHEMA_011, "enwiktionary", pages);
        Path out = dir.resolve("en.jsonl");
        String stderr = runCli(0, "extract", "--edition", "en", dump.toString(), "-o", out.toString());
        assertTrue(stderr.contains("pages: 901"), stderr);
        Map<String, Integer> byLanguage = new HashMap<>();
        int forms = 0;
        for (JsonNode line : readLines(out)) {
            assertEquals("en", line.get("source").get("edition").asText());
            byLanguage.merge(line.get("lang_code").asText(), 1, Integer::sum);
            if (!line.get("form_of").isNull()) {
                forms++;
                assertTrue(line.get("aqea").get("reason").asText().startsWith("inflected form of"), line.toString());
            } else if (line.get("lang_code").asText().equals("en")) {
                assertTrue(line.get("aqea").get("address").asText().startsWith("0x21:"), line.toString());
            }
        }
        assertEquals(300, forms, "every second page of three is a form-of page");
        assertTrue(byLanguage.keySet().containsAll(Set.of("en", "de", "fr", "es", "it", "nl", "la")), byLanguage.toString());
        assertEquals(1, byLanguage.get("tlh"), "a language named by the dump's own module: " + byLanguage);

        String refused = runCli(1, "extract", "--edition", "de", dump.toString(), "-o", dir.resolve("de.jsonl").toString());
        assertTrue(refused.contains("the dump is of enwiktionary, not of dewiktionary: read it with the edition 'en'"), refused);
    }

    @Test
    void aLexemesDumpGivesOneEntryALexemeWithTranslationsBetweenSensesAndHomographsApart() throws Exception {
        List<String> entities = new ArrayList<>(new GeneratedLexemes(9).lexemes(500));
        entities.add(Lexemes.lexeme("L900001", "de", "Hund", "Q188", "Q1084").gender("Q499327").sense("de", "Haustier")
                .senseLink("P5972", "L900002-S1").json());
        entities.add(Lexemes.lexeme("L900002", "en", "dog", "Q1860", "Q1084").sense("en", "a domestic animal").json());
        entities.add(Lexemes.lexeme("L900004", "de", "Bank", "Q188", "Q1084").gender("Q1775415").sense("de", "Geldinstitut").json());
        entities.add(Lexemes.lexeme("L900003", "de", "Bank", "Q188", "Q1084").gender("Q1775415").sense("de", "Sitzmöbel").json());
        Path dump = GeneratedLexemes.write(dir.resolve("latest-lexemes.json.bz2"), entities);
        Path out = dir.resolve("lexemes.jsonl");
        String stderr = runCli(0, "extract", "--source", "wikidata-lexemes", dump.toString(), "-o", out.toString());
        assertTrue(stderr.contains("pages: 504"), stderr);
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode line : readLines(out)) {
            assertEquals("wikidata", line.get("source").get("edition").asText());
            byId.put("L" + line.get("source").get("page_id").asText(), line);
        }
        assertEquals("dog", byId.get("L900001").get("translations").get(0).get("word").asText());
        assertEquals("en", byId.get("L900001").get("translations").get(0).get("lang_code").asText());
        String bankOne = byId.get("L900003").get("aqea").get("address").asText();
        String bankTwo = byId.get("L900004").get("aqea").get("address").asText();
        assertTrue(bankOne.startsWith("0x20:01:") && bankTwo.startsWith("0x20:01:") && !bankOne.equals(bankTwo),
                "two lexemes, two addresses: " + bankOne + " " + bankTwo);
        assertTrue(byId.values().stream().noneMatch(line -> line.get("lang_code").asText().equals("bn")),
                "languages without an AQEA domain give no entry");

        Path bengali = dir.resolve("bengali.jsonl");
        runCli(0, "extract", "--source", "wikidata-lexemes", "--languages", "bn", dump.toString(), "-o", bengali.toString());
        List<JsonNode> bengaliLines = readLines(bengali);
        assertTrue(!bengaliLines.isEmpty() && bengaliLines.stream().allMatch(line -> line.get("lang_code").asText().equals("bn")
                && line.get("aqea").get("reason").asText().startsWith("no AQEA domain")), "only the language asked for");
        assertTrue(runCli(2, "extract", "--source", "wikidata-lexemes", "--languages", "Bengali", dump.toString())
                .contains("--languages: 'Bengali' is no language code"));
        assertTrue(runCli(2, "extract", "--source", "wikidata", dump.toString()).contains("--source takes 'panlex' or 'wikidata-lexemes'"));
        Path xml = DumpFiles.writeBz2(dir.resolve("de.xml.bz2"), DumpFiles.SCHEMA_011, new GermanPages(1).pages(5));
        assertTrue(runCli(1, "extract", "--source", "wikidata-lexemes", xml.toString(), "-o", dir.resolve("x.jsonl").toString())
                .contains("not a Wikidata lexemes dump"));
    }

    /**
     * A PanLex snapshot: one entry per part of speech of an expression of a language with an AQEA domain that has
     * translations or definitions, with the translations, scores and dictionaries the join gives, its definitions as
     * senses (each once, those in another language naming it), an address in its language's block of its class; a
     * row the join left out is reported as a rejected page with its table and line.
     */
    @Test
    void aPanLexSnapshotGivesItsExpressionsWithTheirScoredTranslations() throws Exception {
        Path snapshot = dir.resolve("panlex-20240301-csv");
        new PanLexSnapshots(1500, 4500, 9, false).writeFolder(snapshot);
        Files.writeString(snapshot.resolve("expr.csv"), "x1,157,Wort,wort\n", StandardOpenOption.APPEND);
        List<PanLexExpression> joined = new ArrayList<>();
        try (PanLexSnapshot unpacked = PanLexSnapshot.open(snapshot);
             PanLexJoin join = PanLexJoin.of(unpacked, language -> Domains.of(language).isPresent(), 1, dir.resolve("join"))) {
            for (PanLexExpression expression = join.next(); expression != null; expression = join.next()) {
                joined.add(expression);
            }
        }
        Path out = dir.resolve("panlex.jsonl");
        Path rejects = dir.resolve("panlex-rejects.jsonl");
        String stderr = runCli(0, "extract", "--source", "panlex", snapshot.toString(), "-o", out.toString(), "--rejects",
                rejects.toString());
        assertTrue(stderr.contains("rejected pages: 1"), stderr);
        List<JsonNode> rejected = readLines(rejects);
        assertTrue(rejected.get(0).get("title").asText().startsWith("expr.csv, line "), rejected.toString());
        assertTrue(rejected.get(0).get("reason").asText().contains("its id is 'x1', not an id"), rejected.toString());
        Map<String, JsonNode> byEntry = new HashMap<>();
        for (JsonNode line : readLines(out)) {
            byEntry.put(line.get("source").get("page_id").asLong() + "/" + line.get("pos").asText(), line);
        }
        int entries = 0;
        int sensed = 0;
        for (PanLexExpression expression : joined) {
            Map<String, List<PanLexExpression.PanLexTranslation>> byClass = new HashMap<>();
            expression.translations().forEach(translation -> byClass.computeIfAbsent(
                    translation.wordClass() == null ? "unknown" : translation.wordClass(), pos -> new ArrayList<>()).add(translation));
            Map<String, LinkedHashSet<String>> definitionsByClass = new HashMap<>();
            for (PanLexExpression.PanLexGloss definition : expression.definitions()) {
                String pos = definition.wordClass() == null ? "unknown" : definition.wordClass();
                byClass.computeIfAbsent(pos, key -> new ArrayList<>());
                definitionsByClass.computeIfAbsent(pos, key -> new LinkedHashSet<>()).add(
                        (definition.language().equals(expression.language()) ? "" : definition.language() + ": ") + definition.text());
            }
            for (Map.Entry<String, List<PanLexExpression.PanLexTranslation>> ofClass : byClass.entrySet()) {
                entries++;
                JsonNode line = byEntry.get(expression.id() + "/" + ofClass.getKey());
                List<String> senses = new ArrayList<>();
                for (JsonNode sense : line.get("senses")) {
                    assertEquals(Integer.toString(senses.size() + 1), sense.get("id").asText());
                    senses.add((sense.has("lang_code") ? sense.get("lang_code").asText() + ": " : "") + sense.get("gloss").asText());
                }
                assertEquals(List.copyOf(definitionsByClass.getOrDefault(ofClass.getKey(), new LinkedHashSet<>())), senses);
                if (!senses.isEmpty()) {
                    sensed++;
                }
                assertEquals(expression.text(), line.get("word").asText());
                assertEquals(expression.language(), line.get("lang_code").asText());
                assertEquals("panlex", line.get("source").get("edition").asText());
                assertEquals(WordClass.ofPos(ofClass.getKey()).code(), line.get("source").get("heading_index").asInt());
                assertEquals(ofClass.getValue().size(), line.get("translations").size());
                for (int i = 0; i < ofClass.getValue().size(); i++) {
                    PanLexExpression.PanLexTranslation translation = ofClass.getValue().get(i);
                    JsonNode written = line.get("translations").get(i);
                    assertEquals(translation.text(), written.get("word").asText());
                    assertEquals(translation.score(), written.get("score").asInt());
                    assertEquals(translation.labels().get(0), written.get("sources").get(0).asText());
                }
                String block = String.format("0x%s:%02X:", Domains.hexOf(expression.language()).orElseThrow().substring(2),
                        WordClass.ofPos(ofClass.getKey()).code());
                assertTrue(line.get("aqea").get("address").asText().startsWith(block), line.toString());
            }
        }
        assertEquals(entries, byEntry.size());
        assertTrue(sensed > 50, "entries with definitions: " + sensed);
        assertTrue(byEntry.keySet().stream().anyMatch(key -> key.endsWith("/unknown"))
                && byEntry.keySet().stream().anyMatch(key -> key.endsWith("/noun")), "entries of a class and of none");

        Path strong = dir.resolve("panlex-strong.jsonl");
        runCli(0, "extract", "--source", "panlex", snapshot.toString(), "-o", strong.toString(), "--minimum-score", "9");
        long kept = joined.stream().flatMap(expression -> expression.translations().stream()).filter(t -> t.score() >= 9).count();
        long written = 0;
        for (JsonNode line : readLines(strong)) {
            for (JsonNode translation : line.get("translations")) {
                assertTrue(translation.get("score").asInt() >= 9, translation::toString);
                written++;
            }
        }
        assertTrue(kept > 0 && kept < joined.stream().mapToLong(expression -> expression.translations().size()).sum());
        assertEquals(kept, written, "the translations scored 9 or more, and no other");
        assertTrue(runCli(2, "extract", "--source", "panlex", snapshot.toString(), "--minimum-score", "0")
                .contains("--minimum-score: minimumScore must be 1 to 1000, not 0"));
        assertTrue(runCli(2, "extract", "--edition", "de", snapshot.toString(), "--minimum-score", "2")
                .contains("the edition 'de' scores none"));
    }

    @Test
    void badArgumentsAndBrokenDumpsFailWithAMessage() throws Exception {
        assertTrue(runCli(2, "extract", "--edition", "xx", "d.xml").contains("unknown edition 'xx'"));
        assertTrue(runCli(2, "convert").contains("unknown command 'convert'"));
        assertTrue(runCli(1, "extract", "--edition", "de", dir.resolve("missing.xml").toString()).contains("does not exist"));
        Path html = Files.writeString(dir.resolve("x.html"), "<html/>");
        assertTrue(runCli(1, "extract", "--edition", "de", html.toString(), "-o", dir.resolve("o.jsonl").toString())
                .contains("not a MediaWiki XML dump"));
    }

    private static Map<String, String> addressesByKey(Path file) throws Exception {
        Map<String, String> addresses = new HashMap<>();
        for (JsonNode line : readLines(file)) {
            String key = line.get("word").asText() + "|" + line.get("lang_code").asText() + "|" + line.get("pos").asText()
                    + "|" + line.get("source").get("heading_index").asInt();
            addresses.put(key, line.get("aqea").get("address").asText(null));
        }
        return addresses;
    }

    /**
     * A page of a language no table knows is kept, flagged and left without an address; a page the pipeline rejects
     * (longer than the reader takes) is reported in the rejects file and the command finishes; more rejected pages
     * than --max-rejects stop it.
     */
    @Test
    void aRejectedPageIsReportedAndAnUnknownLanguageFlaggedWhileTheRestIsWritten() throws Exception {
        List<DumpFiles.Page> pages = new ArrayList<>(new GermanPages(3).pages(200));
        pages.add(DumpFiles.Page.article(9_001, "qapla", """
                == qapla ({{Sprache|Klingonisch-Alt}}) ==
                === {{Wortart|Interjektion|Klingonisch-Alt}} ===
                {{Bedeutungen}}
                :[1] Erfolg!
                """));
        pages.add(DumpFiles.Page.article(9_002, "Riese", "x".repeat(2_000_001)));
        Path dump = DumpFiles.writeXml(dir.resolve("de.xml"), DumpFiles.SCHEMA_011, pages);
        Path out = dir.resolve("entries.jsonl");
        Path rejects = dir.resolve("rejects.jsonl");
        String stderr = runCli(0, "extract", "--edition", "de", dump.toString(), "-o", out.toString(), "--rejects",
                rejects.toString());
        assertTrue(stderr.contains("rejected pages: 1"), stderr);
        List<JsonNode> rejected = readLines(rejects);
        assertEquals(1, rejected.size());
        assertEquals("Riese", rejected.get(0).get("title").asText());
        assertEquals(9_002, rejected.get(0).get("page_id").asLong());
        assertTrue(rejected.get(0).get("reason").asText().contains("2000001 characters"), rejected.get(0).toString());
        List<JsonNode> lines = readLines(out);
        JsonNode qapla = lines.stream().filter(line -> line.get("word").asText().equals("qapla")).findFirst().orElseThrow();
        assertTrue(qapla.get("lang_code").isNull());
        assertEquals("unknown language 'Klingonisch-Alt'", qapla.get("aqea").get("reason").asText());
        assertEquals("unknown_language", qapla.get("quality").get("flags").get(0).get("rule").asText());
        assertTrue(lines.stream().filter(line -> !line.get("word").asText().equals("qapla")).count() > 200);

        String stopped = runCli(1, "extract", "--edition", "de", dump.toString(), "-o", out.toString(), "--max-rejects", "0");
        assertTrue(stopped.contains("more than 0 pages rejected (--max-rejects), stopped at page 'Riese'"), stopped);
        assertTrue(stopped.contains("rejected page: {\"title\":\"Riese\""), "on standard error without --rejects: " + stopped);
        assertTrue(runCli(2, "extract", "--edition", "de", dump.toString(), "--max-rejects", "many")
                .contains("--max-rejects takes a number of pages"));
    }

    private static List<JsonNode> readLines(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }

    private static String runCli(int expectedStatus, String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedStatus, AqeaCli.run(args));
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
