package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.aqea.testing.DumpFiles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Days of incremental ("adds-changes") dumps applied to a lexicon built from a full dump give what a full run over the
 * final state gives: the same entries with the same content and status, every lexeme keeping its address. A day holds
 * edited pages (some edited twice that day), new pages, pages that became redirects, and a page in an older revision
 * than the full dump's (passed over). A day applied already and a day after a missing one are refused, by the API at
 * once and by the job whoever starts it; the editions' list names the day to apply next. The changes since a day began
 * list what that day changed, a page at a time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncrementalDumpIT {

    private static final int BASE_PAGES = 600;

    private final ApiClient admin = ApiClient.admin();

    /** The application migrates its database as it starts: the test's first run waits for it. */
    @BeforeAll
    static void awaitServer() throws InterruptedException {
        ApiClient.anonymous().awaitHealthy(() -> true);
    }

    @Test
    void daysAppliedInOrderGiveWhatAFullRunOverTheFinalStateGives() throws Exception {
        List<DumpFiles.Page> generated = Jobs.pages(BASE_PAGES + 60, 91);
        TreeMap<Long, DumpFiles.Page> state = new TreeMap<>();
        generated.subList(0, BASE_PAGES).forEach(page -> state.put(page.id(), page));
        Path full = Jobs.bz2("dewiktionary-20261201-pages-articles.xml.bz2", new ArrayList<>(state.values()));

        Database.clear();
        Jobs.run(admin, Jobs.request(full, ""));
        Map<String, Integer> fullRun = Database.lexemeAddresses();

        List<DumpFiles.Page> lemmas = state.values().stream().filter(page -> page.text().contains(FIRST_SENSE)).toList();
        // Day 1: 40 pages edited, 20 new; a page in an older revision than the full dump holds, which must not undo it.
        List<List<DumpFiles.Page>> day1 = new ArrayList<>();
        lemmas.subList(0, 40).forEach(page -> day1.add(List.of(edited(page, 1, 0))));
        generated.subList(BASE_PAGES, BASE_PAGES + 20).forEach(page -> day1.add(List.of(page)));
        DumpFiles.Page stale = lemmas.get(100);
        day1.add(List.of(stale.withRevision(999, stale.text().replace(FIRST_SENSE, FIRST_SENSE + "veraltet "))));
        apply("20261201", day1, state);
        assertEquals(stale, state.get(stale.id()), "the stale revision was not taken");

        // Day 2: 30 pages edited twice that day (their newest revision counts), 5 lemma pages become redirects, 20 new.
        List<List<DumpFiles.Page>> day2 = new ArrayList<>();
        lemmas.subList(30, 60).forEach(page -> day2.add(List.of(edited(state.get(page.id()), 2, 0), edited(state.get(page.id()), 2, 1))));
        lemmas.subList(60, 65).forEach(page -> day2.add(List.of(new DumpFiles.Page(page.title(), 0, page.id(),
                "#WEITERLEITUNG [[" + lemmas.get(0).title() + "]]", lemmas.get(0).title(), 2_500_000 + page.id()))));
        generated.subList(BASE_PAGES + 20, BASE_PAGES + 40).forEach(page -> day2.add(List.of(page)));
        apply("20261202", day2, state);

        // Day 3: 30 edited (among them pages new on day 1), 20 new.
        List<List<DumpFiles.Page>> day3 = new ArrayList<>();
        lemmas.subList(70, 100).forEach(page -> day3.add(List.of(edited(state.get(page.id()), 3, 0))));
        generated.subList(BASE_PAGES + 40, BASE_PAGES + 60).forEach(page -> day3.add(List.of(page)));
        String beforeDay3 = Database.single("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')");
        apply("20261203", day3, state);
        assertChangesSinceAreWhatChangedThen(beforeDay3, day3);

        String incremental = Database.single(Database.CONTENT_DIGEST);
        Map<String, Integer> afterDays = Database.lexemeAddresses();
        JsonNode editions = admin.get("/api/editions").body();
        for (JsonNode edition : editions) {
            if (edition.get("code").asText().equals("de")) {
                assertEquals("wiktionary-incremental", edition.get("incrementalSource").asText(), edition::toString);
                assertEquals("2026-12-03", edition.get("lastDayApplied").asText(), edition::toString);
                assertEquals("2026-12-04", edition.get("nextDay").asText(), "the day to fetch next: " + edition);
            } else if (edition.get("code").asText().equals("wikidata")) {
                assertTrue(!edition.hasNonNull("incrementalSource") && !edition.hasNonNull("nextDay"), edition::toString);
            }
        }
        ApiClient.Answer again = admin.post("/api/jobs", request(incrementalDump("20261202", day2)));
        assertEquals(409, again.status(), () -> String.valueOf(again.body()));
        assertEquals("day 2026-12-02 of edition 'de' was applied already (the last day applied is 2026-12-03)",
                again.body().get("detail").asText());
        // The job checks it itself, whoever starts it: here the server's own batch tool.
        long gap = ServerBatchTool.startExtraction(Map.of("edition", "de", "incremental", "true",
                "dump", incrementalDump("20261205", day3).toString()));
        JsonNode refused = Jobs.awaitEnd(admin, gap, 120);
        assertEquals("FAILED", refused.get("status").asText(), refused::toString);
        assertEquals("DAY_REFUSED: days are missing before 2026-12-05 for edition 'de': 2026-12-04; apply them first, or"
                + " give force=true to apply this day without them", refused.get("exitStatus").asText());
        assertEquals(incremental, Database.single(Database.CONTENT_DIGEST), "a refused day changed nothing");

        Database.clear();
        Jobs.run(admin, Jobs.request(full, ""));
        Jobs.run(admin, Jobs.request(Jobs.bz2("dewiktionary-20261204-pages-articles.xml.bz2", new ArrayList<>(state.values())), ""));
        assertEquals(Database.single(Database.CONTENT_DIGEST), incremental, "the days give what a full run over the final state gives");
        Map<String, Integer> fullOverFinalState = Database.lexemeAddresses();
        assertEquals(fullOverFinalState.keySet(), afterDays.keySet(), "the same lexemes");
        fullRun.forEach((lexeme, address) -> assertEquals(address, afterDays.get(lexeme), lexeme + " kept its address"));
        assertTrue(afterDays.size() > fullRun.size(), "the new pages brought new lexemes");
        assertTrue(Database.count("SELECT count(*) FROM entry WHERE status = 'deprecated'") > 0, "the redirects' entries went");
        assertEquals(0, Database.count("SELECT count(*) FROM run_page"), "a finished run drops its record of the pages it read");
    }

    /**
     * The changes since a time, read a page of 7 at a time once they are settled, are the entries stamped since then,
     * each once, in the order of their change, all of pages of that day.
     */
    private void assertChangesSinceAreWhatChangedThen(String since, List<List<DumpFiles.Page>> day) throws Exception {
        List<String> expected = new ArrayList<>();
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT edition || ':' || page_id || ':' || heading_index FROM entry"
                     + " WHERE updated_at >= '" + since + "' ORDER BY updated_at, edition, page_id, heading_index")) {
            while (rs.next()) {
                expected.add(rs.getString(1));
            }
        }
        JsonNode first;
        long deadline = System.currentTimeMillis() + 60_000;
        // The list ends a few seconds before the oldest running transaction began: wait until it holds the last change.
        while (Database.count("SELECT count(*) FROM entry WHERE updated_at >= '"
                + (first = admin.get("/api/changes?since=" + since + "&size=7").body()).get("until").asText() + "'") > 0) {
            assertTrue(System.currentTimeMillis() < deadline, "the changes settle within a minute: " + first.get("until"));
            Thread.sleep(500);
        }
        List<String> listed = new ArrayList<>();
        JsonNode page = first;
        while (true) {
            for (JsonNode entry : page.get("changes")) {
                JsonNode source = entry.get("source");
                listed.add(source.get("edition").asText() + ":" + source.get("pageId").asLong() + ":" + source.get("headingIndex").asInt());
            }
            if (page.get("next").isNull()) {
                break;
            }
            page = admin.get("/api/changes?since=" + since + "&size=7&after=" + page.get("next").asText()).body();
        }
        assertEquals(expected, listed);
        assertTrue(listed.size() > 7, "several pages: " + listed.size());
        Set<String> ofTheDay = new HashSet<>();
        day.forEach(revisions -> ofTheDay.add(String.valueOf(revisions.get(0).id())));
        listed.forEach(key -> assertTrue(ofTheDay.contains(key.split(":")[1]), key + " is of a page of that day"));
        assertEquals(400, admin.getWith("/api/changes?since=yesterday").statusCode());
    }

    private static final String FIRST_SENSE = "{{Bedeutungen}}\n:[1] ";

    /** The page with its first sense rewritten, in a revision of that day. */
    private static DumpFiles.Page edited(DumpFiles.Page page, int day, int edit) {
        DumpFiles.Page changed = page.withRevision(2_000_000 + day * 100_000 + page.id() * 2 + edit,
                page.text().replace(FIRST_SENSE, FIRST_SENSE + "Tag " + day + "." + edit + " "));
        assertNotEquals(page.text(), changed.text());
        return changed;
    }

    /** Applies a day's dump (each page with its revisions, oldest first) and keeps the newest revisions as the state. */
    private void apply(String day, List<List<DumpFiles.Page>> pages, Map<Long, DumpFiles.Page> state) throws Exception {
        JsonNode run = Jobs.run(admin, request(incrementalDump(day, pages)));
        assertEquals("COMPLETED", run.get("exitStatus").asText(), run::toString);
        for (List<DumpFiles.Page> revisions : pages) {
            DumpFiles.Page newest = revisions.get(revisions.size() - 1);
            DumpFiles.Page held = state.get(newest.id());
            if (held == null || held.revision() < newest.revision()) {
                state.put(newest.id(), newest);
            }
        }
    }

    private static String request(Path dump) {
        return "{\"source\":\"wiktionary-incremental\",\"edition\":\"de\",\"dump\":\"" + dump + "\",\"partitions\":3}";
    }

    private static Path incrementalDump(String day, List<List<DumpFiles.Page>> pages) throws IOException {
        Path file = Path.of("target", "it-dumps", "dewiktionary-" + day + "-pages-meta-hist-incr.xml.bz2").toAbsolutePath();
        Files.createDirectories(file.getParent());
        return DumpFiles.writeHistoryBz2(file, "dewiktionary", pages);
    }
}
