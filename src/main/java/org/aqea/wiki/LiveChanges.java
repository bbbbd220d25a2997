package org.aqea.wiki;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The changes of a wiki's main namespace in a window of time, fetched from its Action API: the titles its recent
 * changes name (edits, new pages, and the log's deletions, restorations and moves, both titles of a move), then each
 * title's current revision, 50 titles a request. The current pages are written as a MediaWiki XML export, which the
 * job reads as it reads a day of incremental dumps; every title with the page that holds it now, or none, goes to a
 * list of its own, so that the job can tell the pages that vanished from a title (deleted, moved away, replaced).
 * What a title held before does not matter: only its current state is applied, so a window read twice applies
 * nothing twice.
 */
public final class LiveChanges {

    /** Changes younger than this are left to the next window: a slow edit may still commit with an older time. */
    static final Duration SETTLE = Duration.ofSeconds(60);
    static final int TITLES_PER_REQUEST = 50;
    private static final String EXPORT_SCHEMA = "http://www.mediawiki.org/xml/export-0.11/";
    /** A redirect's target, the first link of its text ({@code #REDIRECT [[Target]]} in every language's word). */
    private static final Pattern REDIRECT_TARGET = Pattern.compile("\\[\\[\\s*([^\\]|#]+)");

    /**
     * What a window brought.
     *
     * @param until   the end of the window: the next one starts here
     * @param changes recent changes listed
     * @param titles  titles they named
     * @param pages   pages written (the titles that exist)
     * @param missing titles that hold no page now
     */
    public record Fetched(Instant since, Instant until, int changes, int titles, int pages, int missing, int requests) {
    }

    private LiveChanges() {
    }

    /**
     * Fetches the changes since {@code since} up to a minute before the wiki's clock (less when the request budget
     * would not cover all, the window then ends at the last change listed) and writes them.
     *
     * @param wiki        the wiki's database name the API must answer for ({@code dewiktionary})
     * @param export      the XML export to write (replaced whole, never left half written)
     * @param titleStates the list of titles to write: {@code title TAB page id}, the page id empty when none
     * @throws WikiApiException when the API is another wiki's, refuses or keeps failing
     */
    public static Fetched fetch(WikiApi api, String wiki, Instant since, Path export, Path titleStates)
            throws IOException, InterruptedException {
        JsonNode site = api.query(Map.of("meta", "siteinfo", "siprop", "general", "curtimestamp", "1"));
        String answering = site.path("query").path("general").path("wikiid").asText();
        if (!answering.equals(wiki)) {
            throw new WikiApiException("the API answers for the wiki '" + answering + "', not '" + wiki + "'");
        }
        Instant until = Instant.parse(site.path("curtimestamp").asText()).minus(SETTLE);
        Map<String, Instant> titles = new LinkedHashMap<>();
        int changes = 0;
        if (until.isAfter(since)) {
            Listing listing = list(api, since, until, titles);
            until = listing.until();
            changes = listing.changes();
        } else {
            until = since;
        }
        Map<String, JsonNode> current = current(api, new ArrayList<>(titles.keySet()));
        int pages = write(wiki, current, titles, export, titleStates);
        return new Fetched(since, until, changes, titles.size(), pages, titles.size() - pages, api.requests());
    }

    private record Listing(Instant until, int changes) {
    }

    /** Lists the window's changes into {@code titles} (first seen at); ends the window early when the budget runs short. */
    private static Listing list(WikiApi api, Instant since, Instant until, Map<String, Instant> titles)
            throws IOException, InterruptedException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("list", "recentchanges");
        query.put("rcnamespace", "0");
        query.put("rcdir", "newer");
        query.put("rcstart", since.toString());
        query.put("rcend", until.toString());
        query.put("rctype", "edit|new|log");
        query.put("rcprop", "title|ids|timestamp|loginfo");
        query.put("rclimit", "500");
        query.put("continue", "");
        int changes = 0;
        while (true) {
            JsonNode answer = api.query(query);
            int listed = answer.path("query").path("recentchanges").size();
            for (JsonNode change : answer.path("query").path("recentchanges")) {
                changes++;
                Instant at = Instant.parse(change.path("timestamp").asText());
                name(titles, change.path("ns").asInt(), change.path("title").asText(null), at);
                JsonNode moved = change.path("logparams");
                if (moved.has("target_title")) {
                    name(titles, moved.path("target_ns").asInt(), moved.path("target_title").asText(), at);
                }
            }
            JsonNode next = answer.path("continue");
            if (next.isMissingNode()) {
                return new Listing(until, changes);
            }
            // The next listing and the fetches of its titles and these must fit (a batch of titles may come in two
            // answers); else the next window lists the rest.
            int batches = (titles.size() + listed + TITLES_PER_REQUEST - 1) / TITLES_PER_REQUEST;
            if (!api.affords(1 + 2 * batches)) {
                Instant last = titles.values().stream().max(Instant::compareTo).orElse(since);
                titles.values().removeIf(at -> !at.isBefore(last));
                return new Listing(last, changes);
            }
            next.fields().forEachRemaining(field -> query.put(field.getKey(), field.getValue().asText()));
        }
    }

    private static void name(Map<String, Instant> titles, int namespace, String title, Instant at) {
        if (namespace == 0 && title != null && !title.isEmpty()) {
            titles.putIfAbsent(title, at);
        }
    }

    /** The current page of each title that holds one, by title. */
    private static Map<String, JsonNode> current(WikiApi api, List<String> titles) throws IOException, InterruptedException {
        Map<String, JsonNode> pages = new TreeMap<>();
        for (int from = 0; from < titles.size(); from += TITLES_PER_REQUEST) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("prop", "revisions|info");
            query.put("rvprop", "ids|timestamp|content");
            query.put("rvslots", "main");
            query.put("titles", String.join("|", titles.subList(from, Math.min(titles.size(), from + TITLES_PER_REQUEST))));
            query.put("continue", "");
            while (true) {
                JsonNode answer = api.query(query);
                for (JsonNode page : answer.path("query").path("pages")) {
                    // A large batch comes in parts: a page's revision may follow in the next answer.
                    if (!page.path("missing").asBoolean() && !page.path("invalid").asBoolean() && page.path("ns").asInt() == 0
                            && page.path("revisions").size() > 0) {
                        pages.put(page.path("title").asText(), page);
                    }
                }
                JsonNode next = answer.path("continue");
                if (next.isMissingNode()) {
                    break;
                }
                next.fields().forEachRemaining(field -> query.put(field.getKey(), field.getValue().asText()));
            }
        }
        return pages;
    }

    private static int write(String wiki, Map<String, JsonNode> current, Map<String, Instant> titles, Path export,
                             Path titleStates) throws IOException {
        Path partial = export.resolveSibling(export.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("mediawiki");
            xml.writeDefaultNamespace(EXPORT_SCHEMA);
            xml.writeAttribute("version", "0.11");
            xml.writeStartElement("siteinfo");
            element(xml, "dbname", wiki);
            xml.writeEndElement();
            for (JsonNode page : current.values()) {
                JsonNode revision = page.path("revisions").get(0);
                String text = revision.path("slots").path("main").path("content").asText("");
                xml.writeStartElement("page");
                element(xml, "title", page.path("title").asText());
                element(xml, "ns", "0");
                element(xml, "id", page.path("pageid").asText());
                if (page.path("redirect").asBoolean()) {
                    Matcher target = REDIRECT_TARGET.matcher(text);
                    xml.writeEmptyElement("redirect");
                    xml.writeAttribute("title", target.find() ? target.group(1).strip() : "");
                }
                xml.writeStartElement("revision");
                element(xml, "id", revision.path("revid").asText());
                element(xml, "timestamp", revision.path("timestamp").asText());
                xml.writeStartElement("text");
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
                xml.writeCharacters(text);
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("writing " + partial + ": " + e.getMessage(), e);
        }
        try (BufferedWriter out = Files.newBufferedWriter(titleStates, StandardCharsets.UTF_8)) {
            for (String title : titles.keySet()) {
                JsonNode page = current.get(title);
                out.write(title + "\t" + (page == null ? "" : page.path("pageid").asText()) + "\n");
            }
        }
        Files.move(partial, export, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return current.size();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** The title states a fetch wrote: each title with the id of the page that holds it now, or none. */
    public static Map<String, Long> readTitleStates(Path titleStates) throws IOException {
        Map<String, Long> states = new LinkedHashMap<>();
        for (String line : Files.readAllLines(titleStates, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            String id = line.substring(tab + 1);
            states.put(line.substring(0, tab), id.isEmpty() ? null : Long.parseLong(id));
        }
        return states;
    }
}
