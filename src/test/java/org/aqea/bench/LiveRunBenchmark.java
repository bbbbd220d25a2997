package org.aqea.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.FakeWiki;
import org.aqea.testing.GeneratedDump;

/**
 * Keeping a lexicon current, against a running server: a full run over generated German pages, then a day of
 * incremental dumps that edits {@code changes} of them, then a live run that fetches as many other edits from the
 * stand-in wiki (WireMock on port 15436, each answer after {@code latency} ms) and applies them. Prints each run's time
 * and pages applied a second, and the estimate for a day of the German Wiktionary's changes (about 5,000 pages).
 * {@code LiveRunBenchmark [pages] [changes] [latency ms]}, default 50,000, 5,000 and 100. Prints numbers; not a test.
 *
 * <p>Run: start the server with {@code AQEA_WIKI_API_URL=http://127.0.0.1:15436/w/api.php
 * AQEA_OPERATOR_CONTACT=bench@example.org ./mvnw -Prun}, then {@code ./mvnw -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.LiveRunBenchmark}.
 */
public final class LiveRunBenchmark {

    private static final String FIRST_SENSE = "{{Bedeutungen}}\n:[1] ";

    private LiveRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int latency = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String date = today.format(DateTimeFormatter.BASIC_ISO_DATE);
        List<DumpFiles.Page> pages = GeneratedDump.GERMAN.pages(count, count);
        List<DumpFiles.Page> lemmas = pages.stream().filter(page -> page.text().contains(FIRST_SENSE)).toList();
        if (lemmas.size() < 2 * changes) {
            throw new IllegalArgumentException(count + " pages hold " + lemmas.size() + " lemma pages, fewer than twice " + changes);
        }
        Path folder = Path.of("data", "dumps", "bench").toAbsolutePath();
        Files.createDirectories(folder);
        Path full = DumpFiles.writeBz2(folder.resolve("dewiktionary-" + date + "-pages-articles.xml.bz2"), DumpFiles.SCHEMA_011,
                "dewiktionary", pages);
        List<List<DumpFiles.Page>> day = new ArrayList<>();
        lemmas.subList(0, changes).forEach(page -> day.add(List.of(page.withRevision(3_000_000 + page.id(),
                page.text().replace(FIRST_SENSE, FIRST_SENSE + "heute ")))));
        Path incremental = DumpFiles.writeHistoryBz2(folder.resolve("dewiktionary-" + date + "-pages-meta-hist-incr.xml.bz2"),
                "dewiktionary", day);

        BenchServer.emptyLexicon();
        double fullSeconds = run("{\"source\":\"wiktionary-dump\",\"edition\":\"de\",\"dump\":\"" + full + "\"}");
        System.out.printf("live run benchmark: %,d generated German pages, full run %.1f s%n", count, fullSeconds);
        double daySeconds = run("{\"source\":\"wiktionary-incremental\",\"edition\":\"de\",\"dump\":\"" + incremental + "\"}");
        System.out.printf("  a day of incremental dumps, %,d edited pages (%,d KB bz2): %.1f s, %.0f pages/s%n", changes,
                Files.size(incremental) >> 10, daySeconds, changes / daySeconds);

        try (FakeWiki wiki = new FakeWiki("dewiktionary", 15436, today.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(1)),
                5_000_000)) {
            pages.forEach(page -> wiki.hold(page.id(), page.title(), page.revision(), page.text(), false));
            day.forEach(revisions -> {
                DumpFiles.Page page = revisions.get(0);
                wiki.hold(page.id(), page.title(), page.revision(), page.text(), false);
            });
            lemmas.subList(changes, 2 * changes).forEach(page -> wiki.edit(page.title(),
                    page.text().replace(FIRST_SENSE, FIRST_SENSE + "live ")));
            wiki.advance(Duration.ofMinutes(5));
            wiki.latency(Duration.ofMillis(latency));
            double liveSeconds = run("{\"source\":\"wiktionary-live\",\"edition\":\"de\"}");
            System.out.printf("  a live run, %,d edited pages fetched in %d requests at %d ms latency: %.1f s, %.0f pages/s%n",
                    changes, wiki.requests(), latency, liveSeconds, changes / liveSeconds);
            System.out.printf("  a day of the German Wiktionary's changes (about 5,000 pages): %.0f s from its incremental dump,"
                    + " %.0f s from the live wiki%n", 5_000 * daySeconds / changes, 5_000 * liveSeconds / changes);
        }
    }

    private static double run(String request) throws Exception {
        long begin = System.nanoTime();
        JsonNode job = BenchServer.awaitEnd(BenchServer.startJob(request), running -> { });
        if (!job.get("exitStatus").asText().equals("COMPLETED")) {
            throw new IllegalStateException("the run did not complete: " + job);
        }
        return (System.nanoTime() - begin) / 1e9;
    }
}
