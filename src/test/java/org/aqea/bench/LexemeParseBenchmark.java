package org.aqea.bench;

import org.aqea.wikitext.PageBudget;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.aqea.address.AqeaConverter;
import org.aqea.dump.DumpPage;
import org.aqea.edition.PageParser;
import org.aqea.testing.GeneratedLexemes;
import org.aqea.testing.Lexemes;
import org.aqea.wikidata.WikidataEdition;
import org.wikidata.wdtk.datamodel.helpers.Datamodel;
import org.wikidata.wdtk.datamodel.helpers.JsonDeserializer;

/**
 * Wikidata lexemes on one core, on generated lexemes (no I/O): the run's index of lexemes, then the mapping with
 * Wikidata Toolkit's model (with keys and classification, as the job's processor does), and for comparison the
 * toolkit's model alone and the bare JSON tree of the same lines with Jackson. Best of three rounds. {@code LexemeParseBenchmark [lexemes]}.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.LexemeParseBenchmark}
 */
public final class LexemeParseBenchmark {

    private LexemeParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = Files.createTempFile("lexemes", ".json");
        List<DumpPage> pages;
        try {
            pages = Lexemes.pagesOf(GeneratedLexemes.write(file, new GeneratedLexemes(1).lexemes(count)));
        } finally {
            Files.delete(file);
        }
        long bytes = pages.stream().mapToLong(p -> p.text().getBytes(StandardCharsets.UTF_8).length).sum();
        long started = System.nanoTime();
        Supplier<PageParser> parsers = new WikidataEdition().parsersOfRun(Map.of(), consumer -> pages.forEach(consumer));
        System.out.printf("lexeme index: %,d lexemes (%,.1f MB of JSON) in %.2f s%n", pages.size(), bytes / 1e6,
                (System.nanoTime() - started) / 1e9);
        PageParser parser = parsers.get();
        AqeaConverter converter = new AqeaConverter();
        ObjectMapper jackson = new ObjectMapper();
        JsonDeserializer toolkit = new JsonDeserializer(Datamodel.SITE_WIKIDATA);
        for (String kind : new String[] {"Wikidata Toolkit model, keyed and classified", "Wikidata Toolkit model only",
                "Jackson tree only"}) {
            StringBuilder rounds = new StringBuilder();
            double best = Double.MAX_VALUE;
            long entries = 0;
            for (int round = 0; round < 4; round++) {
                long begun = System.nanoTime();
                entries = 0;
                for (DumpPage page : pages) {
                    if (kind.startsWith("Jackson")) {
                        entries += jackson.readTree(page.text()).size() > 0 ? 1 : 0;
                    } else if (kind.endsWith("only")) {
                        entries += toolkit.deserializeEntityDocument(page.text()) != null ? 1 : 0;
                    } else {
                        entries += converter.lexemesOfPage(parser.parse(page, PageBudget.UNLIMITED)).size();
                    }
                }
                double seconds = (System.nanoTime() - begun) / 1e9;
                if (round > 0) {
                    rounds.append(String.format("%s%.2f s", round == 1 ? "" : ", ", seconds));
                    best = Math.min(best, seconds);
                }
            }
            System.out.printf("%s: %,d lexemes, %,d results on one thread, rounds %s%n", kind, pages.size(), entries, rounds);
            System.out.printf("  best: %,.0f lexemes per second, %,.1f MB per second%n", pages.size() / best, bytes / 1e6 / best);
        }
    }
}
