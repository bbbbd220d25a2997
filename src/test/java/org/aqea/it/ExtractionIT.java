package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.aqea.cli.AqeaCli;
import org.aqea.testing.DumpFiles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The extraction job against the offline command and against itself: the same entries and addresses as the
 * offline command, nothing changed by a second run, exactly the changed pages changed by a newer dump.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExtractionIT {

    private final ApiClient admin = ApiClient.admin();

    @Test
    void theJobStoresWhatTheOfflineCommandExtractsAndASecondRunChangesNothing() throws Exception {
        List<DumpFiles.Page> pages = Jobs.pages(4_000, 21);
        Path dump = Jobs.bz2("extraction.xml.bz2", pages);
        Database.clear();
        JsonNode job = Jobs.run(admin, Jobs.request(dump, ",\"ranges\":[\"A-H\",\"I-P\",\"Q-Z\"]"));
        assertEquals(offlineAddresses(dump), Database.addressesByEntry(), "same lexemes, same addresses");
        assertRateAddsUpByRange(job);
        assertExportIsTheOfflineCommandsOutput(dump);

        String digest = Database.entryDigest();
        String lastUpdate = Database.lastUpdate();
        Jobs.run(admin, Jobs.request(dump, ""));
        assertEquals(digest, Database.entryDigest(), "a second run, with other partitions, stores the same");
        assertEquals(lastUpdate, Database.lastUpdate(), "and touches no row");

        JsonNode balanced = Jobs.run(admin, Jobs.request(dump, ",\"partitions\":3"));
        assertEquals(digest, Database.entryDigest(), "ranges balanced by pages store the same too");
        List<String> ranges = new ArrayList<>();
        long largest = 0;
        long total = 0;
        for (JsonNode partition : balanced.get("partitions")) {
            ranges.add(partition.get("range").asText());
            largest = Math.max(largest, partition.get("pagesExpected").asLong());
            total += partition.get("pagesExpected").asLong();
        }
        assertEquals(4, ranges.size(), "three letter ranges and the catch-all: " + ranges);
        assertEquals("other", ranges.get(3));
        assertTrue(ranges.get(0).startsWith("A-") && ranges.get(2).endsWith("-Z"), ranges::toString);
        assertEquals(pages.size(), total, "every page in exactly one partition");
        assertTrue(largest < pages.size() / 2, "no range holds half the pages: " + balanced.get("partitions"));
    }

    @Test
    void aNewerDumpUpdatesAddsAndDeprecatesExactlyTheChangedPages() throws Exception {
        List<DumpFiles.Page> pages = Jobs.pages(3_000, 22);
        Database.clear();
        Jobs.run(admin, Jobs.request(Jobs.bz2("older.xml.bz2", pages), ""));
        Map<String, String> before = Database.addressesByEntry();
        String lastUpdate = Database.lastUpdate();

        List<DumpFiles.Page> newer = new ArrayList<>(pages);
        List<DumpFiles.Page> removed = new ArrayList<>(newer.subList(0, 6));
        newer.subList(0, 6).clear();
        List<Long> changedIds = new ArrayList<>();
        for (int i = 100; changedIds.size() < 10; i++) {
            DumpFiles.Page page = newer.get(i);
            if (page.text().contains("{{Bedeutungen}}\n:[1] ")) {
                newer.set(i, DumpFiles.Page.article(page.id(), page.title(), page.text().replace("{{Bedeutungen}}\n:[1] ",
                        "{{Bedeutungen}}\n:[1] geändert ")));
                changedIds.add(page.id());
            }
        }
        List<DumpFiles.Page> added = Jobs.pages(5, 99).stream()
                .map(p -> DumpFiles.Page.article(p.id() + 10_000_000, "Neu" + p.title(), p.text())).toList();
        newer.addAll(added);
        Jobs.run(admin, Jobs.request(Jobs.bz2("newer.xml.bz2", newer), ",\"complete\":true"));

        long changedEntries = Jobs.expectedEntries(newer.stream().filter(p -> changedIds.contains(p.id())).toList());
        long removedEntries = Jobs.expectedEntries(removed);
        long addedEntries = Jobs.expectedEntries(added);
        assertTrue(changedEntries > 0 && removedEntries > 0 && addedEntries > 0);
        assertEquals(changedEntries + removedEntries + addedEntries,
                Database.count("SELECT count(*) FROM entry WHERE updated_at > '" + lastUpdate + "'"),
                "only changed, removed and added entries are touched");
        assertEquals(removedEntries, Database.count("SELECT count(*) FROM entry WHERE status = 'deprecated'"));
        assertEquals(addedEntries, Database.count("SELECT count(*) FROM entry WHERE page_id > 10000000"));
        Map<String, String> after = Database.addressesByEntry();
        before.forEach((entry, address) -> {
            if (after.containsKey(entry)) {
                assertEquals(address, after.get(entry), () -> "the address of " + entry + " moved");
            }
        });
        assertTrue(Database.count("SELECT count(*) FROM lexeme WHERE status = 'deprecated'") > 0,
                "vanished lexemes are deprecated, their addresses stay taken");
    }

    @Test
    void aMultistreamDumpAndAnEntryByAddress() throws Exception {
        List<DumpFiles.Page> pages = Jobs.pages(2_500, 23);
        Path file = Path.of("target", "it-dumps", "multi.xml.bz2").toAbsolutePath();
        DumpFiles.writeMultistream(file, file.resolveSibling("multi-index.txt.bz2"), DumpFiles.SCHEMA_010, pages, 100);
        Database.clear();
        JsonNode job = Jobs.run(admin, Jobs.request(file, ""));
        assertEquals(2_500, Jobs.sum(job, "itemsRead"));

        String address = Database.addressesByEntry().values().stream().filter(a -> a != null).findFirst().orElseThrow();
        String hex = address.replace("0x", "").replace(":", "");
        for (String notation : List.of(address, hex, Long.toString(Long.parseLong(hex, 16)))) {
            ApiClient.Answer answer = ApiClient.reader().get("/api/entries/" + notation.replace(":", "%3A"));
            assertEquals(200, answer.status(), () -> notation + ": " + answer.body());
            assertEquals(address, answer.body().get("entry").get("address").asText());
            assertEquals(hex.substring(0, 2), answer.body().get("decoded").get("domain").asText().substring(2));
        }
        JsonNode search = ApiClient.reader().get("/api/entries?lang=de&pos=noun&size=5").body();
        assertEquals(5, search.get("entries").size());
        assertTrue(search.get("hasMore").asBoolean());
        assertNotEquals(0, ApiClient.reader().get("/api/addresses/capacity").body().size());
        assertEquals(404, ApiClient.reader().get("/api/entries/0x2F:1F:3F:01").status());
        assertEquals(400, ApiClient.reader().get("/api/entries/nonsense").status());
        for (String read : List.of("/api/entries/" + hex, "/api/entries?lang=de&pos=noun&size=5")) {
            assertRevalidatedByItsETag(read);
        }
    }

    @Test
    void aLabelSearchIgnoresCaseAndAccents() throws Exception {
        List<DumpFiles.Page> pages = new ArrayList<>();
        String[] words = {"Straße", "Cafeteria", "Café", "Ærmel", "Hund"};
        for (int i = 0; i < words.length; i++) {
            pages.add(DumpFiles.Page.article(8_000_001 + i, words[i], "== " + words[i] + " ({{Sprache|Deutsch}}) ==\n"
                    + "=== {{Wortart|Substantiv|Deutsch}}, {{f}} ===\n\n{{Bedeutungen}}\n:[1] ein Wort\n"));
        }
        Database.clear();
        Jobs.run(admin, Jobs.request(Jobs.bz2("labels.xml.bz2", pages), ""));
        assertEquals(List.of("Straße"), labels("STRASSE"));
        assertEquals(List.of("Café", "Cafeteria"), labels("cafe"), "in the order of the folded labels");
        assertEquals(List.of("Café", "Cafeteria"), labels("CAFÉ"));
        assertEquals(List.of("Ærmel"), labels("aer"));
        assertEquals(List.of(), labels("caf%"), "a percent sign is a character, no wildcard");
    }

    private static List<String> labels(String prefix) {
        List<String> labels = new ArrayList<>();
        ApiClient.reader().get("/api/entries?label=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8)).body().get("entries")
                .forEach(entry -> labels.add(entry.get("label").asText()));
        return labels;
    }

    /** A read carries a strong ETag, may be kept by the client's own cache only, and is 304 while unchanged. */
    private static void assertRevalidatedByItsETag(String path) {
        ApiClient reader = ApiClient.reader();
        java.net.http.HttpResponse<String> first = reader.getWith(path);
        assertEquals(200, first.statusCode());
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(tag.matches("\"[0-9a-f]{64}\""), tag);
        assertEquals(List.of("no-cache", "private"), List.of(first.headers().firstValue("Cache-Control").orElseThrow()
                .replace(" ", "").split(",")).stream().sorted().toList(), () -> path + ": " + first.headers().map());
        assertEquals(tag, reader.getWith(path).headers().firstValue("ETag").orElseThrow(), "the same content, the same tag");

        java.net.http.HttpResponse<String> unchanged = reader.getWith(path, "If-None-Match", tag);
        assertEquals(304, unchanged.statusCode(), path);
        assertEquals("", unchanged.body());
        assertEquals(tag, unchanged.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, reader.getWith(path, "If-None-Match", "\"" + "0".repeat(64) + "\"").statusCode());
        assertEquals(304, reader.getWith(path, "If-None-Match", "\"x\", " + tag).statusCode(), "any of the tags");
    }

    @Test
    void aDumpGivenByUrlIsDownloadedOnceAndStoresWhatItsLocalCopyStores() throws Exception {
        Path dump = Jobs.bz2("served.xml.bz2", Jobs.pages(2_000, 26));
        Database.clear();
        Jobs.run(admin, Jobs.request(dump, ""));
        String local = Database.entryDigest();

        byte[] bytes = Files.readAllBytes(dump);
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.getInteger("aqea.test.dumphost.port")), 0);
        server.createContext("/dumps/served.xml.bz2", exchange -> {
            requests.add(exchange.getRequestMethod());
            exchange.getResponseHeaders().set("ETag", "\"served-1\"");
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
                exchange.sendResponseHeaders(200, -1);
            } else {
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/dumps/";
            Database.clear();
            Jobs.run(admin, Jobs.request(base + "served.xml.bz2", ""));
            assertEquals(local, Database.entryDigest(), "the download stores what the local file stores");
            Jobs.run(admin, Jobs.request(base + "served.xml.bz2", ""));
            assertEquals(1, requests.stream().filter("GET"::equals).count(), "downloaded once: " + requests);

            ApiClient.Answer missing = admin.post("/api/jobs", Jobs.request(base + "missing.xml.bz2", ""));
            assertEquals(400, missing.status());
            assertTrue(missing.body().get("detail").asText().contains("answered HTTP 404"), missing.body()::toString);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void oversizedPagesAreSkippedAndRecordedAndATruncatedDumpFailsWithItsReason() throws Exception {
        List<DumpFiles.Page> pages = new ArrayList<>(Jobs.pages(1_000, 24));
        String huge = "x".repeat(2_100_000);
        pages.add(DumpFiles.Page.article(9_000_001, "Riesig", "== Riesig ({{Sprache|Deutsch}}) ==\n" + huge));
        pages.add(DumpFiles.Page.article(9_000_002, "Zuviel", "== Zuviel ({{Sprache|Deutsch}}) ==\n" + huge));
        JsonNode job = Jobs.run(admin, Jobs.request(Jobs.bz2("oversized.xml.bz2", pages), ""));
        assertEquals(2, Jobs.sum(job, "itemsSkipped"));
        assertEquals(2, job.get("rejects").size());
        assertTrue(job.get("rejects").get(0).get("reason").asText().contains("more than 2000000"), job.get("rejects").toString());
        assertEquals(0, Database.count("SELECT count(*) FROM entry WHERE word IN ('Riesig', 'Zuviel') AND status <> 'deprecated'"));

        Path whole = Jobs.bz2("whole.xml.bz2", Jobs.pages(30_000, 25));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(whole.resolveSibling("truncated.xml.bz2"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        JsonNode failed = Jobs.awaitEnd(admin, Jobs.start(admin, Jobs.request(truncated, "")), 180);
        assertEquals("FAILED", failed.get("status").asText());
        assertTrue(failed.get("exitStatus").asText().contains("truncated or corrupt compressed data"), failed.toString());
    }

    /** The rate over time counts every page read once, in total and in the range of its partition. */
    private void assertRateAddsUpByRange(JsonNode job) {
        JsonNode rate = admin.get("/api/jobs/" + job.get("executionId").asLong() + "/rate").body();
        assertTrue(rate.size() > 0, rate::toString);
        java.util.Set<String> ranges = new java.util.TreeSet<>();
        double pages = 0;
        double entries = 0;
        for (JsonNode point : rate) {
            entries += point.get("entriesPerMinute").asDouble() * 2 / 60;
            double byRange = 0;
            for (java.util.Iterator<Map.Entry<String, JsonNode>> it = point.get("byRange").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> range = it.next();
                ranges.add(range.getKey());
                byRange += range.getValue().asDouble();
            }
            assertEquals(point.get("pagesPerSecond").asDouble(), byRange, 1e-6, point::toString);
            pages += point.get("pagesPerSecond").asDouble() * 2;
        }
        assertTrue(ranges.containsAll(List.of("A-H", "I-P", "Q-Z")), ranges::toString);
        assertEquals(Jobs.sum(job, "itemsRead"), Math.round(pages), "every page counted once");
        assertEquals(Jobs.sum(job, "itemsWritten"), Math.round(entries), "every entry counted once");
    }

    /**
     * The export of a lexicon made from one dump holds the lines the offline command writes for it, gzipped or not,
     * and its import into an empty database gives the same lexicon.
     */
    private static void assertExportIsTheOfflineCommandsOutput(Path dump) throws Exception {
        List<String> offline = offlineLines(dump).stream().sorted().toList();
        java.net.http.HttpResponse<String> plain = ApiClient.reader().getWith("/api/export?edition=de");
        assertEquals(200, plain.statusCode(), plain::body);
        assertTrue(plain.headers().firstValue("Content-Type").orElseThrow().startsWith("application/jsonl"));
        List<String> exported = plain.body().lines().sorted().toList();
        assertEquals(offline.size(), exported.size(), "as many lines as the offline command");
        java.net.http.HttpResponse<String> published = ApiClient.reader().getWith("/api/schema/entry");
        assertEquals(200, published.statusCode(), published::body);
        assertTrue(published.headers().firstValue("Content-Type").orElseThrow().startsWith("application/schema+json"));
        com.networknt.schema.Schema schema = com.networknt.schema.SchemaRegistry
                .withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12).getSchema(published.body());
        for (String line : exported) {
            assertEquals(List.of(), schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line)), line);
        }
        for (int i = 0; i < offline.size(); i++) {
            int line = i;
            assertEquals(offline.get(i), exported.get(i), () -> "line " + line + " of " + offline.size() + " (sorted)");
        }

        java.net.http.HttpResponse<byte[]> zipped = ApiClient.reader().getBytesWith("/api/export", "Accept-Encoding", "gzip");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElseThrow());
        String unzipped = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(plain.body(), unzipped);
        ImportRoundTrip.assertImportGivesTheSameLexicon(zipped.body());

        long german = Database.count("SELECT count(*) FROM entry WHERE lang_code = 'de' AND status = 'active'");
        assertEquals(german, ApiClient.reader().getWith("/api/export?lang=de&status=active").body().lines().count());
        assertEquals("", ApiClient.reader().getWith("/api/export?lang=xx").body(), "no entry, no line");
        for (String wrong : List.of("edition=xx", "lang=DE", "status=gone", "lang=de%27%20OR%201=1")) {
            java.net.http.HttpResponse<String> refused = ApiClient.reader().getWith("/api/export?" + wrong);
            assertEquals(400, refused.statusCode(), wrong);
        }
        assertEquals(401, ApiClient.anonymous().getWith("/api/export").statusCode());
    }

    /** The lines the offline command writes for the dump. */
    private static List<String> offlineLines(Path dump) throws Exception {
        Path out = Files.createTempFile("entries", ".jsonl");
        assertEquals(0, AqeaCli.run(new String[] {"extract", "--edition", "de", dump.toString(), "-o", out.toString()}));
        return Files.readAllLines(out).stream().filter(line -> !line.isBlank()).toList();
    }

    private static Map<String, String> offlineAddresses(Path dump) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> addresses = new HashMap<>();
        for (String line : offlineLines(dump)) {
            JsonNode entry = json.readTree(line);
            addresses.put(entry.get("word").asText() + "|" + entry.get("lang_code").asText() + "|" + entry.get("pos").asText()
                    + "|" + entry.get("source").get("heading_index").asInt(), entry.get("aqea").get("address").asText(null));
        }
        return addresses;
    }
}
