package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aqea.journal.Journal;
import org.aqea.store.lexicon.EntryRow;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.GermanPages;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard in Debian's chromium ({@link Chromium}): as a person would use it. Screenshots go to
 * target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

    private static final String BASE = Chromium.DASHBOARD;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Chromium chromium;
    private static Path dump;

    @BeforeAll
    static void launch() throws Exception {
        chromium = Chromium.launchOrSkip();
        Files.createDirectories(SCREENSHOTS);
        dump = Path.of("target", "it-dumps", "dashboard.xml.bz2").toAbsolutePath();
        Files.createDirectories(dump.getParent());
        DumpFiles.writeBz2(dump, DumpFiles.SCHEMA_011, new GermanPages(31).pages(3_000));
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** A uPlot chart: a canvas with lines drawn on it, and a legend naming the series. */
    private static void assertChartDrawn(Page page, String section, List<String> series) {
        page.waitForSelector(section + " canvas");
        Number painted = (Number) page.evaluate("selector => { const c = document.querySelector(selector + ' canvas');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + " for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }", section);
        assertTrue(painted.intValue() > 500, section + ": " + painted + " pixels painted");
        List<String> legend = page.locator(section + " .u-legend .u-series .u-label").allTextContents();
        assertTrue(legend.containsAll(series), section + " legend " + legend);
        assertTrue(page.locator(section + " .u-axis").count() >= 2, "axes with their units");
    }

    private static Page logIn(String user, String password) {
        return chromium.logIn(user, password);
    }

    @Test
    void anAdminStartsAnExtractionWatchesItFinishAndOpensAnEntry() {
        Page page = logIn("admin", ApiClient.secret("AQEA_ADMIN_PASSWORD"));
        assertEquals(List.of("German Wiktionary (de)", "English Wiktionary (en)", "Spanish Wiktionary (es)",
                "French Wiktionary (fr)", "Italian Wiktionary (it)", "Dutch Wiktionary (nl)", "PanLex (panlex)",
                "Portuguese Wiktionary (pt)", "Wikidata Lexemes (wikidata)"),
                page.locator("#start-edition option").allTextContents(),
                "the editions the server reads");
        page.fill("#start-dump", dump.toString());
        page.click("#start-submit");
        page.waitForSelector("#job-status:has-text('COMPLETED')");
        Locator bars = page.locator("#partitions [role=progressbar]");
        assertEquals(6, bars.count());
        assertTrue(page.locator("#partitions .partition-server").allTextContents().stream().allMatch(server -> server.endsWith("/aqea")),
                "each partition names the server it ran on");
        for (int i = 0; i < bars.count(); i++) {
            assertEquals("100", bars.nth(i).getAttribute("aria-valuenow"), "partition " + i + " done");
        }
        assertChartDrawn(page, "#chart-rate", List.of("all ranges", "A-E", "F-J", "K-O", "P-T", "U-Z"));
        assertChartDrawn(page, "#chart-entries", List.of("entries"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("job.png")).setFullPage(true));
        page.locator("#chart-rate").screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("rate-chart.png")));
        assertQualityShown(page);

        page.click("#nav-entries");
        page.fill("#search-lang", "de");
        page.fill("#search-pos", "noun");
        page.click("#search-submit");
        page.waitForSelector("#results tbody tr a");
        String address = page.locator("#results tbody tr a").first().textContent();
        page.locator("#results tbody tr a").first().click();
        page.waitForSelector("#address-bytes");
        String bytes = page.locator("#address-bytes").textContent();
        Matcher parts = Pattern.compile("0x(..):(..):(..):(..)").matcher(address);
        assertTrue(parts.matches(), address);
        for (int i = 1; i <= 4; i++) {
            assertTrue(bytes.contains("0x" + parts.group(i)), bytes);
        }
        assertTrue(bytes.contains("language de"), bytes);
        assertTrue(page.locator("#translations tr").count() > 0, "the entry shows its translations");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("entry.png")));

        page.click("#nav-stats");
        page.waitForSelector("#chart-fields .chart-row");
        assertChartDrawn(page, "#chart-rate", List.of("all ranges"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("statistics.png")).setFullPage(true));
    }

    /** The run's quality report: a summary, entries per rule adding up to the flagged ones, the worst entries linked. */
    private static void assertQualityShown(Page page) {
        page.waitForSelector("#quality-summary");
        String summary = page.locator("#quality-summary").textContent();
        Matcher numbers = Pattern.compile("([\\d,]+) entries, ([\\d,]+) flagged, mean score ([\\d.]+) of 100").matcher(summary);
        assertTrue(numbers.find(), summary);
        long flagged = Long.parseLong(numbers.group(2).replace(",", ""));
        assertTrue(flagged > 0, "generated pages carry umlauts in their IPA: " + summary);
        assertTrue(page.locator("#quality-rules tbody tr").count() > 0);
        assertTrue(page.locator("#quality-scores [role=progressbar]").count() > 1, "a band per score range");
        assertTrue(page.locator("#quality-worst tbody tr").count() > 0);
        page.locator("#quality").screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("quality.png")));
    }

    @Test
    void aLexemeOfBothEditionsShowsEachEditionsSensesSideBySide() throws Exception {
        Database.clear();
        ApiClient admin = ApiClient.admin();
        Jobs.run(admin, Jobs.request("de", TwoEditions.germanDump(), ""));
        Jobs.run(admin, Jobs.request("en", TwoEditions.englishDump(), ""));
        String address = new org.aqea.address.AqeaAddress(Integer.parseInt(
                Database.single("SELECT address FROM entry WHERE edition = 'en'"))).toString();
        Page page = logIn("reader", ApiClient.secret("AQEA_READER_PASSWORD"));
        page.click("#nav-entries");
        page.fill("#search-label", "Hund");
        page.waitForSelector("#search-edition option[value=en]",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        page.selectOption("#search-edition", "en");
        page.click("#search-submit");
        page.waitForSelector("#results tbody tr");
        assertEquals(List.of("en"), page.locator("#results tbody tr td:nth-child(6)").allTextContents(), "the English entry only");
        page.navigate(BASE + "#/entry/" + address);
        page.waitForSelector("#entry-editions .edition[data-edition=en]");
        assertEquals(List.of("de", "en"), page.locator("#entry-editions .edition").evaluateAll(
                "columns => columns.map(c => c.dataset.edition).sort()"));
        assertTrue(page.locator(".edition[data-edition=de]").textContent().contains("ein Haustier"));
        assertTrue(page.locator(".edition[data-edition=en]").textContent().contains("Der Hund bellt. ― The dog barks."));
        assertEquals("https://en.wiktionary.org/wiki/Hund", page.locator(".edition[data-edition=en] h3 a").getAttribute("href"));
        assertTrue(page.locator(".edition[data-edition=de] .edition-summary").textContent().contains("translations: en dog"),
                "each edition's own translations under its senses");
        assertTrue(page.locator(".edition[data-edition=en] .edition-summary").textContent().contains("IPA: /hʊnt/"));
        // The browser hashes the server's inclusion proof of the address up to the latest signed head's root.
        page.waitForSelector("#entry-registry:has-text('by this browser')");
        String registry = page.locator("#entry-registry").textContent();
        assertTrue(registry.matches("Registry: allocated in leaf \\d+; proved by this browser in the log of \\d+ leaves signed .*"),
                registry);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("entry-two-editions.png")).setFullPage(true));
    }

    @Test
    void wikidataLexemesStartedFromTheFormAreShownBesideWiktionaryWithLinksAndLicences() throws Exception {
        Database.clear();
        Jobs.run(ApiClient.admin(), Jobs.request("de", TwoEditions.germanDump(), ""));
        Page page = logIn("admin", ApiClient.secret("AQEA_ADMIN_PASSWORD"));
        page.waitForSelector("#start-edition option[value=wikidata]",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        page.selectOption("#start-edition", "wikidata");
        page.fill("#start-dump", TwoEditions.lexemesDump().toString());
        page.click("#start-submit");
        page.waitForSelector("#job-status:has-text('COMPLETED')");

        String address = new org.aqea.address.AqeaAddress(Integer.parseInt(
                Database.single("SELECT address FROM entry WHERE edition = 'wikidata' AND word = 'Hund'"))).toString();
        page.navigate(BASE + "#/entry/" + address);
        page.waitForSelector("#entry-editions .edition[data-edition=wikidata]");
        assertEquals(List.of("de", "wikidata"), page.locator("#entry-editions .edition").evaluateAll(
                "columns => columns.map(c => c.dataset.edition).sort()"));
        assertEquals("https://www.wikidata.org/wiki/Lexeme:L900001",
                page.locator(".edition[data-edition=wikidata] h3 a").getAttribute("href"));
        assertTrue(page.locator(".edition[data-edition=wikidata] h3").textContent().contains("L900001"));
        assertEquals("CC0 1.0", page.locator(".edition[data-edition=wikidata] .licence a").textContent());
        assertEquals("CC BY-SA 4.0", page.locator(".edition[data-edition=de] .licence a").textContent());
        assertTrue(page.locator(".edition[data-edition=wikidata]").textContent().contains("Haustier, das bellt"));
        assertEquals("https://www.wikidata.org/wiki/Q144", page.locator(".edition[data-edition=wikidata] .sense-item").getAttribute("href"),
                "the item a sense is, linked");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("entry-wiktionary-and-wikidata.png")).setFullPage(true));
    }

    @Test
    void aFailedExecutionIsRestartedFromItsButtonAndABadDumpIsRefusedInPlainWords() throws Exception {
        long failed = startFailingJob();
        Page page = logIn("admin", ApiClient.secret("AQEA_ADMIN_PASSWORD"));
        page.navigate(BASE + "#/jobs/" + failed);
        page.waitForSelector("#job-status:has-text('FAILED')");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restart")).click();
        page.waitForURL(url -> !url.endsWith("#/jobs/" + failed));
        page.waitForSelector("#job-status:has-text('COMPLETED')");

        page.click("#nav-jobs");
        page.fill("#start-dump", dump.resolveSibling("no-such-dump.xml.bz2").toString());
        page.click("#start-submit");
        page.waitForSelector("#start-error:has-text('does not exist')");
        page.fill("#start-dump", "/etc/passwd");
        page.click("#start-submit");
        page.waitForSelector("#start-error:has-text('not in an allowed dump folder')");
        // A day of incremental dumps is started as one: the server judges it by the days of the edition.
        Path day = DumpFiles.writeHistoryBz2(dump.resolveSibling("dewiktionary-20000101-pages-meta-hist-incr.xml.bz2"),
                "dewiktionary", List.of(List.of(DumpFiles.Page.article(1, "Tag", "text"))));
        page.fill("#start-dump", day.toString());
        page.click("#start-submit");
        page.waitForSelector("#start-error:has-text('full dump')");
        // The wiki's changes are applied to an edition that follows a full dump of the last 30 days; Dutch follows none.
        page.selectOption("#start-edition", "nl");
        page.click("#start-live");
        page.waitForSelector("#start-error:has-text(\"edition 'nl'\")");
        assertTrue(page.textContent("#start-error").contains("full dump"), page.textContent("#start-error"));
    }

    @Test
    void anEditionIsFollowedFromTheFormAndTheTimersAttemptsAreShown() throws Exception {
        try {
            Page page = logIn("admin", ApiClient.secret("AQEA_ADMIN_PASSWORD"));
            page.waitForSelector("#start-edition option[value='nl']", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
            page.selectOption("#start-edition", "nl");
            page.fill("#follow-minutes", "5");
            page.click("#follow");
            page.waitForSelector("#followers-table tr[data-edition='nl'] td:has-text('5 min')");
            // The timer tries at once; Dutch follows no full dump, so the run is refused, in the server's words.
            page.waitForSelector("#followers-table tr[data-edition='nl'] .follower-attempt:has-text(\"refused (409): edition 'nl'\")");
            page.fill("#follow-minutes", "0");
            page.click("#follow");
            page.waitForSelector("#start-error:has-text('everyMinutes: 1 to 1440')");
            page.click("button[data-unfollow='nl']");
            page.waitForSelector("#followers-section", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.HIDDEN));
            assertEquals(404, ApiClient.admin().get("/api/followers/nl").status());
        } finally {
            // A follower left by a failure would try a run every few minutes in the tests after this one.
            ApiClient.admin().delete("/api/followers/nl");
        }
    }

    @Test
    void aWaitingJournalIsShownAndReplayedFromItsButton() throws Exception {
        Path directory = Path.of(System.getenv().getOrDefault("AQEA_DATA_DIR", "data"), "journal");
        EntryRow row = new EntryRow("de", 99_000_001, 0, 1, "Journalwort", "de", "Substantiv", null, null, 1, "general",
                "default", "Journalwort", "aus dem Journal", "draft", null, "{}", "journal-test", 100, "[]");
        Path file = new Journal(directory).append(999_999, 999_999, 0, "job:999999", List.of(row));
        try {
            Page page = logIn("admin", ApiClient.secret("AQEA_ADMIN_PASSWORD"));
            page.waitForSelector("#journal-text:has-text('999999')");
            page.click("#journal-replay");
            page.waitForSelector("#job-status:has-text('COMPLETED')");
            assertEquals(1, Database.count("SELECT count(*) FROM entry WHERE page_id = 99000001 AND word = 'Journalwort'"));
            page.click("#nav-jobs");
            page.waitForSelector("#jobs-table td:has-text('journal replay')");
            assertTrue(page.locator("#journal-notice").isHidden(), "nothing waits any more");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aReaderSeesNoControls() throws Exception {
        startFailingJob();
        Page page = logIn("reader", ApiClient.secret("AQEA_READER_PASSWORD"));
        page.waitForSelector("#jobs-table tbody tr");
        assertTrue(page.locator("#start-form").isHidden(), "no start form");
        assertEquals(0, page.locator("button[data-action]:visible").count(), "no stop or restart buttons");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("reader.png")));
    }

    @Test
    void aHeldDeprecationShowsItsNumbersAndIsConfirmedFromItsButton() throws Exception {
        ApiClient admin = ApiClient.admin();
        List<DumpFiles.Page> pages = new GermanPages(32).pages(600);
        Database.clear();
        Jobs.run(admin, Jobs.request(Jobs.bz2("dashboard-full.xml.bz2", pages), ",\"complete\":true"));
        long held = Jobs.start(admin, Jobs.request(Jobs.bz2("dashboard-small.xml.bz2", pages.subList(0, 20)), ",\"complete\":true"));
        assertEquals("DEPRECATION_HELD", Jobs.awaitEnd(admin, held, 120).get("exitStatus").asText());

        Page page = logIn("admin", ApiClient.secret("AQEA_ADMIN_PASSWORD"));
        page.navigate(BASE + "#/jobs/" + held);
        page.waitForSelector("#deprecation-held");
        assertTrue(page.locator("#deprecation-held").textContent().contains("more than 5%"), page.locator("#deprecation-held").textContent());
        assertTrue(page.locator("#run-summary").textContent().contains("complete dump of the edition"));
        page.click("button[data-action=confirm-deprecation]");
        page.waitForURL(url -> !url.endsWith("#/jobs/" + held));
        page.waitForSelector("#job-status:has-text('COMPLETED')");
        assertTrue(page.locator("#run-summary").textContent().contains("deprecated"), page.locator("#run-summary").textContent());
        assertTrue(Database.count("SELECT count(*) FROM entry WHERE status = 'deprecated'") > 0, "confirmed: deprecated");
        Database.clear();
    }

    private static long startFailingJob() throws Exception {
        ApiClient admin = ApiClient.admin();
        long executionId = Jobs.start(admin, Jobs.request(dump, ",\"faultAt\":\"K-O:10\""));
        assertEquals("FAILED", Jobs.awaitEnd(admin, executionId, 120).get("status").asText());
        return executionId;
    }
}
