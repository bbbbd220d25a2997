package org.aqea.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.aqea.address.AqeaConverter;
import org.aqea.dump.DumpPage;
import org.aqea.edition.Editions;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.quality.EntryValidator;
import org.aqea.testing.GeneratedDump;

/**
 * Parse throughput of an edition's parser on one core, on generated realistic pages (no I/O, no XML), alone
 * and with what the job's processor adds (field classification, lexeme keys, validation). Prints pages per second
 * and MB of wikitext per second, the best of three rounds. Targets: at least 10,000 pages and 40 MB per second. {@code ParseBenchmark
 * [pages] [heavy|en]}: heavy for German pages as big as the biggest real ones, en for English pages.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.ParseBenchmark}
 */
public final class ParseBenchmark {

    private ParseBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        GeneratedDump kind = GeneratedDump.of(List.of(args));
        List<DumpPage> pages = kind.pages(count, 1).stream().map(p -> new DumpPage(p.title(), 0, p.id(), p.id(), "", p.text(), null)).toList();
        long bytes = pages.stream().mapToLong(p -> p.text().getBytes(StandardCharsets.UTF_8).length).sum();
        PageParser parser = Editions.of(kind.edition()).orElseThrow().newParser();
        AqeaConverter converter = new AqeaConverter();
        run(parser, converter, pages, false);
        run(parser, converter, pages, true);
        // Three rounds each, taking turns: this machine's speed varies by a third from one minute to the next, the
        // best round is what the code can do.
        for (boolean checked : new boolean[] {false, true}) {
            StringBuilder rounds = new StringBuilder();
            double best = Double.MAX_VALUE;
            long[] counts = null;
            for (int round = 0; round < 3; round++) {
                long started = System.nanoTime();
                counts = run(parser, converter, pages, checked);
                double seconds = (System.nanoTime() - started) / 1e9;
                rounds.append(String.format("%s%.2f s", round == 0 ? "" : ", ", seconds));
                best = Math.min(best, seconds);
            }
            System.out.printf("parse benchmark%s%s: %,d pages (%,.1f MB of wikitext, %,d entries, %,d flagged) on one thread, rounds %s%n",
                    kind == GeneratedDump.ENGLISH ? " on English pages" : kind == GeneratedDump.GERMAN_HEAVY ? " on heavy pages" : "", checked ? " with classification and validation" : "", pages.size(),
                    bytes / 1e6, counts[0], counts[1], rounds);
            System.out.printf("  best: %,.0f pages per second, %,.1f MB per second (targets: 10,000 pages, 40 MB per second)%n",
                    pages.size() / best, bytes / 1e6 / best);
        }
    }

    /** Entries, and flagged entries (when checked: each entry also classified and keyed, and validated). */
    private static long[] run(PageParser parser, AqeaConverter converter, List<DumpPage> pages, boolean checked) {
        long entries = 0;
        long flagged = 0;
        for (DumpPage page : pages) {
            List<LexicalEntry> parsed = parser.parse(page);
            entries += parsed.size();
            if (checked) {
                converter.lexemesOfPage(parsed);
                for (LexicalEntry entry : parsed) {
                    flagged += EntryValidator.check(entry).flags().isEmpty() ? 0 : 1;
                }
            }
        }
        return new long[] {entries, flagged};
    }
}
