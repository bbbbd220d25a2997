package org.aqea.wiki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aqea.dump.DumpPage;
import org.aqea.dump.DumpReader;
import org.aqea.dump.PageStream;
import org.aqea.dump.UserAgent;
import org.aqea.testing.FakeWiki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's changes fetched from a wiki's API (a WireMock stand-in answering as the real one does) are the current
 * pages of every title its recent changes name, and the titles that hold none; the client keeps Wikimedia's rules.
 */
class LiveChangesTest {

    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
    private static final String AGENT = UserAgent.of(java.util.Optional.of("lexicon@example.org"));

    @TempDir
    Path folder;

    private final FakeWiki wiki = new FakeWiki("dewiktionary", 0, START, 5_000_000);
    private final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void stop() {
        wiki.close();
    }

    private WikiApi api(int budget) {
        return new WikiApi(URI.create(wiki.endpoint()), AGENT, WikiApi.Politeness.wikimedia(budget), waits::add);
    }

    @Test
    void aWindowBringsTheCurrentPageOfEveryTitleItsChangesName() throws Exception {
        wiki.hold(1, "Hund", 100, "Hund alt", false);
        wiki.hold(2, "Katze", 101, "Katze", false);
        wiki.hold(3, "Maus", 102, "Maus", false);
        wiki.hold(4, "Vogel", 103, "Vogel", false);
        wiki.hold(5, "Fisch", 104, "Fisch", false);
        wiki.edit("Hund", "Hund neu");
        wiki.edit("Hund", "Hund neuer");
        wiki.delete("Katze");
        wiki.move("Maus", "Mäuse");
        wiki.create(6, "Pferd", "#WEITERLEITUNG [[Ross]]");
        for (int i = 0; i < 30; i++) {
            wiki.create(100 + i, "Wort " + i, "Text " + i);
        }
        wiki.delete("Fisch");
        wiki.restore(5);
        wiki.advance(Duration.ofMinutes(5));
        wiki.edit("Vogel", "Vogel zu jung"); // within the last minute: the next window's
        wiki.listLimit(7);

        LiveChanges.Fetched fetched = LiveChanges.fetch(api(100), "dewiktionary", START, folder.resolve("changes.xml"),
                folder.resolve("titles.tsv"));

        Map<String, DumpPage> written = read(folder.resolve("changes.xml"));
        assertEquals(List.of("Fisch", "Hund", "Mäuse", "Pferd"), written.keySet().stream().filter(t -> !t.startsWith("Wort")).toList());
        assertEquals(34, written.size());
        assertEquals("Hund neuer", written.get("Hund").text());
        assertEquals(1, written.get("Hund").pageId());
        assertEquals(3, written.get("Mäuse").pageId(), "a move keeps the page");
        assertEquals(104, written.get("Fisch").revisionId(), "a restored page comes back in the revision it had");
        assertEquals("Ross", written.get("Pferd").redirectTarget());
        Map<String, Long> states = LiveChanges.readTitleStates(folder.resolve("titles.tsv"));
        assertEquals(36, states.size());
        assertEquals(null, states.get("Katze"));
        assertTrue(states.containsKey("Maus") && states.get("Maus") == null, "the title a page moved away from holds none");
        assertEquals(3L, states.get("Mäuse"));
        assertTrue(!states.containsKey("Vogel"), "a change younger than a minute waits for the next window");
        assertEquals(wiki.pages().get("Vogel").at().minus(Duration.ofMinutes(1)), fetched.until());
        assertEquals(new LiveChanges.Fetched(START, fetched.until(), 37, 36, 34, 2, fetched.requests()), fetched);
        // siteinfo, 6 lists of 7 changes, 1 batch of titles in 2 parts (30 pages' text an answer)
        assertEquals(1 + 6 + 2, fetched.requests());
        assertTrue(wiki.userAgents().stream().allMatch(AGENT::equals), wiki.userAgents()::toString);
        assertEquals(List.of(), waits);
    }

    @Test
    void lagErrorsBusyServersAndBrokenConnectionsAreWaitedOut() throws Exception {
        wiki.hold(1, "Hund", 100, "Hund", false);
        wiki.edit("Hund", "Hund neu");
        wiki.advance(Duration.ofMinutes(2));
        wiki.trouble(FakeWiki.Trouble.MAXLAG, FakeWiki.Trouble.TOO_MANY_REQUESTS, FakeWiki.Trouble.CONNECTION_DROP,
                FakeWiki.Trouble.TOO_MANY_REQUESTS, FakeWiki.Trouble.MAXLAG);

        LiveChanges.Fetched fetched = LiveChanges.fetch(api(100), "dewiktionary", START, folder.resolve("changes.xml"),
                folder.resolve("titles.tsv"));

        assertEquals("Hund neu", read(folder.resolve("changes.xml")).get("Hund").text());
        // The lag's Retry-After (6 s); backoff 5, 10, 20 s; a lag again waits what the wiki says, not the backoff.
        assertEquals(List.of(Duration.ofSeconds(6), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(6)), waits);
        assertEquals(5 + 3, fetched.requests(), "every attempt counts");
    }

    @Test
    void aWindowTooLargeForTheBudgetEndsAtItsLastListedChangeAndTheNextTakesTheRest() throws Exception {
        for (int i = 0; i < 200; i++) {
            wiki.create(100 + i, "Wort " + i, "Text " + i);
        }
        wiki.advance(Duration.ofMinutes(5));
        wiki.listLimit(40);

        LiveChanges.Fetched first = LiveChanges.fetch(api(12), "dewiktionary", START, folder.resolve("changes.xml"),
                folder.resolve("titles.tsv"));
        Map<String, DumpPage> pages = new TreeMap<>(read(folder.resolve("changes.xml")));
        assertTrue(first.until().isBefore(wiki.pages().get("Wort 199").at()), first::toString);
        assertEquals(1 + 3 + 5, first.requests(), "3 lists of 40, then 119 titles: 3 batches in 5 answers");
        assertTrue(pages.size() > 0 && pages.size() < 200, pages.size() + " pages");

        LiveChanges.Fetched second = LiveChanges.fetch(api(100), "dewiktionary", first.until(), folder.resolve("changes.xml"),
                folder.resolve("titles.tsv"));
        pages.putAll(read(folder.resolve("changes.xml")));
        assertEquals(200, pages.size(), "the two windows hold every change");
        assertEquals(first.until(), second.since());
    }

    @Test
    void anotherWikisApiAndARefusedQueryFailTheFetch() {
        WikiApiException other = assertThrows(WikiApiException.class, () -> LiveChanges.fetch(api(10), "enwiktionary", START,
                folder.resolve("changes.xml"), folder.resolve("titles.tsv")));
        assertEquals("the API answers for the wiki 'dewiktionary', not 'enwiktionary'", other.getMessage());
        assertTrue(!Files.exists(folder.resolve("changes.xml")));

        WikiApiException spent = assertThrows(WikiApiException.class, () -> {
            WikiApi api = api(1);
            api.query(Map.of("meta", "siteinfo"));
            api.query(Map.of("meta", "siteinfo"));
        });
        assertEquals("the budget of 1 requests to " + wiki.endpoint() + " is spent", spent.getMessage());
    }

    private static Map<String, DumpPage> read(Path export) throws IOException {
        Map<String, DumpPage> pages = new TreeMap<>();
        try (PageStream stream = DumpReader.open(export)) {
            for (DumpPage page = stream.nextPage(); page != null; page = stream.nextPage()) {
                pages.put(page.title(), page);
            }
            assertEquals("dewiktionary", stream.siteDatabase().orElseThrow());
        }
        return pages;
    }
}
