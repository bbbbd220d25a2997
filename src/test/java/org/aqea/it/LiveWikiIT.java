package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.FakeWiki;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live runs follow a wiki's changes through its Action API (a WireMock stand-in on the tests' loopback port, which
 * the server's AQEA_WIKI_API_URL names): after each run the lexicon equals what full runs over dumps of the same
 * states give, entry for entry, and every lexeme keeps its address. The wiki's history holds edits, new pages, a
 * page edited twice, pages that became redirects, deletions, a restoration, moves, a list long enough to continue,
 * and a lag error, a 429 and a dropped connection, which the client waits out; a stop while the wiki is slow ends the
 * run at once, and its restart completes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveWikiIT {

    private static final int BASE_PAGES = 600;
    private static final String FIRST_SENSE = "{{Bedeutungen}}\n:[1] ";
    private static final String LIVE = "{\"source\":\"wiktionary-live\",\"edition\":\"de\",\"partitions\":3}";

    private final ApiClient admin = ApiClient.admin();

    @BeforeAll
    static void awaitServer() throws InterruptedException {
        ApiClient.anonymous().awaitHealthy(() -> true);
    }

    @Test
    void liveRunsGiveWhatFullRunsOverTheSameStatesGive() throws Exception {
        LocalDate dumpDay = dumpDay();
        List<DumpFiles.Page> generated = Jobs.pages(BASE_PAGES + 40, 57);
        List<DumpFiles.Page> base = generated.subList(0, BASE_PAGES);
        Path full = Jobs.bz2("dewiktionary-" + dumpDay.format(DateTimeFormatter.BASIC_ISO_DATE) + "-pages-articles.xml.bz2", base);

        Database.clear();
        LocalDate old = dumpDay.minusDays(40);
        Jobs.run(admin, Jobs.request(Jobs.bz2("dewiktionary-" + old.format(DateTimeFormatter.BASIC_ISO_DATE)
                + "-pages-articles.xml.bz2", base), ""));
        ApiClient.Answer tooOld = admin.post("/api/jobs", LIVE);
        assertEquals(409, tooOld.status(), () -> String.valueOf(tooOld.body()));
        assertEquals("edition 'de' was last brought up to " + old + "T00:00:00Z, longer ago than the wiki keeps its recent"
                + " changes (30 days): run a newer full dump, or the days of incremental dumps since, first",
                tooOld.body().get("detail").asText());
        ApiClient.Answer withDump = admin.post("/api/jobs", "{\"source\":\"wiktionary-live\",\"edition\":\"de\",\"dump\":\"x\"}");
        assertEquals(400, withDump.status(), () -> String.valueOf(withDump.body()));

        Database.clear();
        Jobs.run(admin, Jobs.request(full, ""));
        Map<String, Integer> fullRun = Database.lexemeAddresses();
        List<DumpFiles.Page> lemmas = base.stream().filter(page -> page.text().contains(FIRST_SENSE)).toList();

        try (FakeWiki wiki = wikiAfter(dumpDay)) {
            base.forEach(page -> wiki.hold(page.id(), page.title(), page.revision(), page.text(), page.redirectTo() != null));

            // First window: edits (one page twice), new pages, redirects, deletions, moves; a long list; troubles.
            lemmas.subList(0, 40).forEach(page -> wiki.edit(page.title(), edited(page.text(), "a")));
            wiki.edit(lemmas.get(0).title(), edited(page(wiki, lemmas.get(0)), "b"));
            generated.subList(BASE_PAGES, BASE_PAGES + 20).forEach(page -> wiki.create(page.id(), page.title(), page.text()));
            lemmas.subList(40, 45).forEach(page -> wiki.edit(page.title(), "#WEITERLEITUNG [[" + lemmas.get(1).title() + "]]"));
            lemmas.subList(50, 53).forEach(page -> wiki.delete(page.title()));
            wiki.move(lemmas.get(60).title(), lemmas.get(60).title() + "chen");
            wiki.move(lemmas.get(61).title(), lemmas.get(61).title() + "lein");
            wiki.advance(Duration.ofMinutes(5));
            wiki.listLimit(25);
            wiki.trouble(FakeWiki.Trouble.MAXLAG, FakeWiki.Trouble.TOO_MANY_REQUESTS, FakeWiki.Trouble.CONNECTION_DROP);
            JsonNode first = Jobs.run(admin, LIVE);
            assertEquals("COMPLETED", first.get("exitStatus").asText(), first::toString);
            String afterFirst = Database.single(Database.CONTENT_DIGEST);
            List<DumpFiles.Page> firstState = state(wiki);
            assertTrue(wiki.userAgents().stream().allMatch(agent -> agent.contains("(aqea-tests@example.org)")),
                    wiki.userAgents()::toString);

            // Second window: a deleted page restored, more edits and new pages, another deletion and move.
            wiki.restore(lemmas.get(50).id());
            lemmas.subList(100, 110).forEach(page -> wiki.edit(page.title(), edited(page.text(), "c")));
            generated.subList(BASE_PAGES + 20, BASE_PAGES + 40).forEach(page -> wiki.create(page.id(), page.title(), page.text()));
            wiki.delete(lemmas.get(120).title());
            wiki.move(lemmas.get(0).title(), lemmas.get(0).title() + "e");
            wiki.advance(Duration.ofMinutes(5));
            Jobs.run(admin, LIVE);
            String afterSecond = Database.single(Database.CONTENT_DIGEST);
            List<DumpFiles.Page> secondState = state(wiki);
            Map<String, Integer> afterLive = Database.lexemeAddresses();

            // A window without changes changes nothing; a third run finds none.
            wiki.advance(Duration.ofMinutes(5));
            Jobs.run(admin, LIVE);
            assertEquals(afterSecond, Database.single(Database.CONTENT_DIGEST));
            JsonNode windows = admin.get("/api/editions").body();
            for (JsonNode edition : windows) {
                if (edition.get("code").asText().equals("de")) {
                    assertEquals("wiktionary-live", edition.get("liveSource").asText(), edition::toString);
                    assertEquals(wiki.now().minus(Duration.ofMinutes(1)).toString(), edition.get("liveAppliedUpTo").asText());
                }
            }
            // A stop while the fetch waits for a slow wiki ends the run STOPPED at once; its restart fetches the window.
            lemmas.subList(130, 135).forEach(page -> wiki.edit(page.title(), edited(page.text(), "d")));
            wiki.advance(Duration.ofMinutes(5));
            wiki.latency(Duration.ofSeconds(20));
            long slow = startFetching(wiki);
            assertEquals(202, admin.post("/api/jobs/" + slow + "/stop", null).status());
            JsonNode stopped = Jobs.awaitEnd(admin, slow, 15);
            assertEquals("STOPPED", stopped.get("status").asText(), stopped::toString);
            wiki.latency(Duration.ZERO);
            ApiClient.Answer restarted = admin.post("/api/jobs/" + slow + "/restart", null);
            assertEquals(202, restarted.status(), () -> String.valueOf(restarted.body()));
            JsonNode afterStop = Jobs.awaitEnd(admin, restarted.body().get("executionId").asLong(), 300);
            assertEquals("COMPLETED", afterStop.get("status").asText(), afterStop::toString);
            String afterFourth = Database.single(Database.CONTENT_DIGEST);
            List<DumpFiles.Page> fourthState = state(wiki);
            assertEquals(4, Database.count("SELECT count(*) FROM live_window WHERE applied_at IS NOT NULL"));
            assertEquals(0, Database.count("SELECT count(*) FROM run_page"), "a finished run drops its record of the pages it read");

            Database.clear();
            Jobs.run(admin, Jobs.request(full, ""));
            Jobs.run(admin, Jobs.request(Jobs.bz2("dewiktionary-20990101-pages-articles.xml.bz2", firstState), ""));
            assertEquals(Database.single(Database.CONTENT_DIGEST), afterFirst, "the first live run gives what a full run over its state gives");
            Jobs.run(admin, Jobs.request(Jobs.bz2("dewiktionary-20990102-pages-articles.xml.bz2", secondState), ""));
            assertEquals(Database.single(Database.CONTENT_DIGEST), afterSecond, "the second live run gives what a full run over its state gives");
            Map<String, Integer> fullOverFinalState = Database.lexemeAddresses();
            Jobs.run(admin, Jobs.request(Jobs.bz2("dewiktionary-20990103-pages-articles.xml.bz2", fourthState), ""));
            assertEquals(Database.single(Database.CONTENT_DIGEST), afterFourth, "the stopped and restarted run too");
            assertEquals(fullOverFinalState.keySet(), afterLive.keySet(), "the same lexemes");
            fullRun.forEach((lexeme, address) -> assertEquals(address, afterLive.get(lexeme), lexeme + " kept its address"));
            assertTrue(afterLive.size() > fullRun.size(), "the new pages brought new lexemes");
        }
    }

    @Test
    void aFollowerStartsTheLiveRunsItselfAndNeverBesideAnotherRun() throws Exception {
        LocalDate dumpDay = dumpDay();
        List<DumpFiles.Page> base = Jobs.pages(200, 91);
        Path full = Jobs.bz2("dewiktionary-" + dumpDay.format(DateTimeFormatter.BASIC_ISO_DATE) + "-pages-articles.xml.bz2", base);
        Database.clear();
        Jobs.run(admin, Jobs.request(full, ""));
        List<DumpFiles.Page> lemmas = base.stream().filter(page -> page.text().contains(FIRST_SENSE)).toList();

        assertEquals(404, admin.get("/api/followers/de").status());
        assertEquals(403, ApiClient.reader().put("/api/followers/de", "{\"everyMinutes\":1}").status());
        for (String wrong : List.of("{}", "{\"everyMinutes\":0}", "{\"everyMinutes\":1441}")) {
            ApiClient.Answer refused = admin.put("/api/followers/de", wrong);
            assertEquals(400, refused.status(), wrong);
            assertEquals("everyMinutes: 1 to 1440, how often a live run starts", refused.body().get("detail").asText());
        }
        assertEquals(400, admin.put("/api/followers/xx", "{\"everyMinutes\":1}").status());
        assertEquals(200, ApiClient.reader().get("/api/followers").status());

        try (FakeWiki wiki = wikiAfter(dumpDay)) {
            base.forEach(page -> wiki.hold(page.id(), page.title(), page.revision(), page.text(), page.redirectTo() != null));
            lemmas.subList(0, 10).forEach(page -> wiki.edit(page.title(), edited(page.text(), "f")));
            wiki.advance(Duration.ofMinutes(5));

            // A run of the edition is going (held by a slow wiki): the follower's attempt is refused and recorded.
            wiki.latency(Duration.ofSeconds(20));
            long operators = startFetching(wiki);
            ApiClient.Answer set = admin.put("/api/followers/de", "{\"everyMinutes\":1}");
            assertEquals(200, set.status(), () -> String.valueOf(set.body()));
            assertEquals("admin", set.body().get("setBy").asText());
            JsonNode refused = awaitAttempt(set.body().get("setAt").asText());
            assertEquals("refused (409): execution " + operators + " of edition 'de' is running; one run per edition at a "
                    + "time. Wait for it or stop it", refused.get("lastOutcome").asText(), refused::toString);
            assertFalse(refused.has("lastExecution"), refused::toString);
            assertTrue(Instant.parse(refused.get("nextRunAt").asText()).isAfter(Instant.parse(refused.get("lastTriedAt").asText())),
                    refused::toString);
            assertEquals(202, admin.post("/api/jobs/" + operators + "/stop", null).status());
            assertEquals("STOPPED", Jobs.awaitEnd(admin, operators, 15).get("status").asText());
            wiki.latency(Duration.ZERO);

            // Set again, it is due at once: its run applies the window as an operator's run does.
            ApiClient.Answer again = admin.put("/api/followers/de", "{\"everyMinutes\":1}");
            JsonNode started = awaitAttempt(again.body().get("setAt").asText());
            assertEquals("started", started.get("lastOutcome").asText(), started::toString);
            JsonNode run = Jobs.awaitEnd(admin, started.get("lastExecution").asLong(), 300);
            assertEquals("COMPLETED", run.get("status").asText(), run::toString);
            JsonNode follower = admin.get("/api/followers/de").body();
            assertEquals(wiki.now().minus(Duration.ofMinutes(1)).toString(), follower.get("appliedUpTo").asText(), follower::toString);
            assertEquals(10, follower.get("lastWindowPages").asInt(), follower::toString);
            assertEquals(10, follower.get("lastWindowChanges").asInt(), follower::toString);
            assertTrue(follower.get("lagSeconds").asLong() >= 0, follower::toString);
            JsonNode listed = ApiClient.reader().get("/api/followers").body();
            assertEquals(1, listed.size(), listed::toString);
            assertEquals(withoutLag(follower), withoutLag(listed.get(0)));
            String afterFollower = Database.single(Database.CONTENT_DIGEST);

            assertEquals(withoutLag(follower), withoutLag(admin.delete("/api/followers/de").body()));
            assertEquals(404, admin.get("/api/followers/de").status());
            assertEquals(404, admin.delete("/api/followers/de").status());

            Database.clear();
            Jobs.run(admin, Jobs.request(full, ""));
            Jobs.run(admin, Jobs.request(Jobs.bz2("dewiktionary-20990104-pages-articles.xml.bz2", state(wiki)), ""));
            assertEquals(Database.single(Database.CONTENT_DIGEST), afterFollower, "the follower's run gives what a full run gives");
        } finally {
            // A follower left by a failure would start runs in the tests after this one.
            admin.delete("/api/followers/de");
        }
    }

    /**
     * The day of the test's full dump: yesterday, because the stand-in wiki's clock starts an hour into that day and
     * moves on by minutes, and must stay behind the real clock whenever the test runs (just after midnight too).
     */
    private static LocalDate dumpDay() {
        return LocalDate.now(ZoneOffset.UTC).minusDays(1);
    }

    /** The stand-in wiki of the edition, its clock an hour into the day of the full dump. */
    private static FakeWiki wikiAfter(LocalDate dumpDay) {
        return new FakeWiki("dewiktionary", Integer.getInteger("aqea.test.wiki.port"),
                dumpDay.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(1)), 5_000_000);
    }

    /** Starts a live run and returns its execution once it has sent the wiki its first request. */
    private long startFetching(FakeWiki wiki) throws InterruptedException {
        int before = wiki.requests();
        long execution = Jobs.start(admin, LIVE);
        long deadline = System.currentTimeMillis() + 60_000;
        while (wiki.requests() == before) {
            assertTrue(System.currentTimeMillis() < deadline, "the live run fetches within a minute");
            Thread.sleep(50);
        }
        return execution;
    }

    /** A follower's view but for the lag, which grows between two calls. */
    private static JsonNode withoutLag(JsonNode follower) {
        ObjectNode copy = follower.deepCopy();
        copy.remove("lagSeconds");
        return copy;
    }

    /** The follower once the timer has tried it after it was set (the timer looks every few seconds). */
    private JsonNode awaitAttempt(String setAt) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonNode follower = admin.get("/api/followers/de").body();
            if (follower.has("lastTriedAt")
                    && !Instant.parse(follower.get("lastTriedAt").asText()).isBefore(Instant.parse(setAt))) {
                return follower;
            }
            assertTrue(System.currentTimeMillis() < deadline, () -> "the timer tried the follower within a minute: " + follower);
            Thread.sleep(200);
        }
    }

    private static String page(FakeWiki wiki, DumpFiles.Page page) {
        return wiki.pages().get(page.title()).text();
    }

    private static String edited(String text, String mark) {
        return text.replace(FIRST_SENSE, FIRST_SENSE + "Bearbeitung " + mark + " ");
    }

    /** The wiki's pages now, as a full dump holds them. */
    private static List<DumpFiles.Page> state(FakeWiki wiki) {
        List<DumpFiles.Page> pages = new ArrayList<>();
        wiki.pages().values().stream().sorted(Comparator.comparingLong(FakeWiki.WikiPage::pageId)).forEach(page ->
                pages.add(new DumpFiles.Page(page.title(), 0, page.pageId(), page.text(),
                        page.redirect() ? page.text().replaceAll("(?s).*\\[\\[([^\\]]+)]].*", "$1") : null, page.revision())));
        return pages;
    }
}
