package org.aqea.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.aqea.dump.DumpPage;
import org.aqea.edition.Editions;
import org.aqea.edition.PageParser;
import org.aqea.extraction.ExtractedEntry;
import org.aqea.extraction.ExtractionPipeline;
import org.aqea.extraction.PageRejectedException;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.testing.GeneratedDump;
import org.aqea.wikitext.PageBudget;

/**
 * Parse throughput of an edition's parser on one core, on generated realistic pages (no I/O, no XML), alone
 * and with the rest of the job's work on a page (validation, field classification, lexeme keys, description: the
 * extraction pipeline). Prints pages per second
 * and MB of wikitext per second, the best of three rounds. Targets: at least 10,000 pages and 40 MB per second. {@code ParseBenchmark
 * [pages] [heavy|en|fr]}: heavy for German pages as big as the biggest real ones, en for English pages, fr for
 * French pages.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.ParseBenchmark}
 */
public final class ParseBenchmark {

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws PageRejectedException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        GeneratedDump kind = GeneratedDump.of(List.of(args));
        List<DumpPage> pages = kind.pages(count, 1).stream().map(p -> new DumpPage(p.title(), 0, p.id(), p.id(), "", p.text(), null)).toList();
        long bytes = pages.stream().mapToLong(p -> p.text().getBytes(StandardCharsets.UTF_8).length).sum();
        PageParser parser = Editions.of(kind.edition()).orElseThrow().newParser();
        ExtractionPipeline pipeline = new ExtractionPipeline(parser, TakenLanguages.ALL);
        run(parser, pipeline, pages, false);
        run(parser, pipeline, pages, true);
        // Three rounds each, taking turns: this machine's speed varies by a third from one minute to the next, the
        // best round is what the code can do.
        for (boolean checked : new boolean[] {false, true}) {
            StringBuilder rounds = new StringBuilder();
            double best = Double.MAX_VALUE;
            long[] counts = null;
            for (int round = 0; round < 3; round++) {
                long started = System.nanoTime();
                counts = run(parser, pipeline, pages, checked);
                double seconds = (System.nanoTime() - started) / 1e9;
                rounds.append(String.format("%s%.2f s", round == 0 ? "" : ", ", seconds));
                best = Math.min(best, seconds);
            }
            System.out.printf("parse benchmark%s%s: %,d pages (%,.1f MB of wikitext, %,d entries, %,d flagged) on one thread, rounds %s%n",
                    kind.onWhat(), checked ? " with classification and validation" : "", pages.size(),
                    bytes / 1e6, counts[0], counts[1], rounds);
            System.out.printf("  best: %,.0f pages per second, %,.1f MB per second (targets: 10,000 pages, 40 MB per second)%n",
                    pages.size() / best, bytes / 1e6 / best);
        }
    }

    /**
     * Entries, and flagged entries: the parser alone, or (checked) the job's whole work on a page, the
     * {@link ExtractionPipeline} (parse, validation, classification and keys, description).
     */
    private static long[] run(PageParser parser, ExtractionPipeline pipeline, List<DumpPage> pages, boolean checked)
            throws PageRejectedException {
        long entries = 0;
        long flagged = 0;
        for (DumpPage page : pages) {
            if (checked) {
                for (ExtractedEntry entry : pipeline.of(page, PageBudget.UNLIMITED)) {
                    entries++;
                    flagged += entry.quality().flags().isEmpty() ? 0 : 1;
                }
            } else {
                entries += parser.parse(page, PageBudget.UNLIMITED).size();
            }
        }
        return new long[] {entries, flagged};
    }
}
