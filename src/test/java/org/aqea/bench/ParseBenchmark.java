package org.aqea.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.aqea.dewiktionary.GermanPageParser;
import org.aqea.dump.DumpPage;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.GermanPages;

/**
 * Parse throughput of the German edition parser on one core, on generated realistic pages (no I/O, no XML).
 * Prints pages per second and MB of wikitext per second. Target: at least 10,000 pages per second.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.ParseBenchmark}
 */
public final class ParseBenchmark {

    private ParseBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        List<DumpPage> pages = new GermanPages(1).pages(count).stream()
                .map(p -> new DumpPage(p.title(), 0, p.id(), p.id(), "", p.text(), null)).toList();
        long bytes = pages.stream().mapToLong(p -> p.text().getBytes(StandardCharsets.UTF_8).length).sum();
        GermanPageParser parser = new GermanPageParser();
        run(parser, pages.subList(0, Math.min(pages.size(), 30_000)));
        long entries = 0;
        long started = System.nanoTime();
        entries += run(parser, pages);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("parse benchmark: %,d pages (%,.1f MB of wikitext, %,d entries) in %.2f s on one thread%n",
                pages.size(), bytes / 1e6, entries, seconds);
        System.out.printf("  %,.0f pages per second, %,.1f MB per second (target: 10,000 pages per second)%n",
                pages.size() / seconds, bytes / 1e6 / seconds);
    }

    private static long run(GermanPageParser parser, List<DumpPage> pages) {
        long entries = 0;
        for (DumpPage page : pages) {
            entries += parser.parse(page).size();
        }
        return entries;
    }
}
