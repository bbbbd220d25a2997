package org.aqea.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aqea.dump.UserAgent;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.FakeWiki;
import org.aqea.testing.GermanPages;
import org.aqea.wiki.LiveChanges;
import org.aqea.wiki.WikiApi;

/**
 * Fetching a window of changed pages from a wiki's API: the stand-in wiki on loopback (WireMock) answers every request
 * after a fixed latency (100 ms: a request to Wikimedia from Europe with its server time), the pages are generated
 * German pages. Prints the time, requests and pages a second, and what a day of German changes costs at that rate.
 * {@code LiveFetchBenchmark [pages] [latency ms]}, default 5,000 pages and 100 ms. Prints numbers; not a test.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.LiveFetchBenchmark}
 */
public final class LiveFetchBenchmark {

    private LiveFetchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int latency = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<DumpFiles.Page> pages = new GermanPages(count).pages(count);
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        Path folder = Files.createTempDirectory("live-fetch");
        try (FakeWiki wiki = new FakeWiki("dewiktionary", 0, start, 5_000_000)) {
            pages.forEach(page -> wiki.create(page.id(), page.title(), page.text()));
            wiki.advance(Duration.ofMinutes(5));
            wiki.latency(Duration.ofMillis(latency));
            for (int round = 1; round <= 2; round++) {
                WikiApi api = new WikiApi(URI.create(wiki.endpoint()), UserAgent.of(Optional.of("bench@example.org")),
                        WikiApi.Politeness.wikimedia(10_000), wait -> Thread.sleep(wait.toMillis()));
                long began = System.nanoTime();
                LiveChanges.Fetched fetched = LiveChanges.fetch(api, "dewiktionary", start, folder.resolve("changes.xml"),
                        folder.resolve("titles.tsv"));
                double seconds = (System.nanoTime() - began) / 1e9;
                System.out.printf("live fetch, round %d: %,d pages (%,d MB of XML) in %.1f s, %d requests at %d ms latency:"
                                + " %.0f pages/s%n", round, fetched.pages(), Files.size(folder.resolve("changes.xml")) >> 20,
                        seconds, fetched.requests(), latency, fetched.pages() / seconds);
            }
        } finally {
            for (String name : new String[] {"changes.xml", "titles.tsv"}) {
                Files.deleteIfExists(folder.resolve(name));
            }
            Files.delete(folder);
        }
    }
}
