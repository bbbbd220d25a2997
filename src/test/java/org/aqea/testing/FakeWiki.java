package org.aqea.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A wiki's Action API for the tests, on WireMock: answers shaped like the real ones in
 * {@code ../shared/realdata/mediawiki-api/real} (format version 2: {@code curtimestamp} and siteinfo's {@code wikiid};
 * {@code list=recentchanges} with {@code rccontinue} "timestamp|rcid" and log entries with {@code logparams};
 * {@code prop=revisions|info} with {@code slots.main.content}, {@code missing: true}, {@code redirect: true}, and a
 * large batch split with {@code rvcontinue}), over a history the test writes: new pages, edits, deletions, moves,
 * restorations. Faults are scripted for the next requests: a {@code maxlag} error with {@code Retry-After}, a 429,
 * a broken connection; {@link #latency} delays every answer.
 */
public final class FakeWiki implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter RC_CONTINUE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    /** Pages whose content one answer holds at most: more come with rvcontinue, as the real size cap does. */
    private static final int CONTENT_PER_ANSWER = 30;

    public enum Trouble { MAXLAG, TOO_MANY_REQUESTS, CONNECTION_DROP }

    /** A page as the wiki holds it now. */
    public record WikiPage(long pageId, String title, long revision, String text, boolean redirect, Instant at) {
    }

    private final String wiki;
    private final WireMockServer server;
    private final Map<String, WikiPage> pages = new HashMap<>();
    private final Map<Long, WikiPage> deleted = new HashMap<>();
    private final List<ObjectNode> changes = new ArrayList<>();
    private final Deque<Trouble> troubles = new ArrayDeque<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private Instant clock;
    private long nextRevision;
    private long nextRcid = 540_000;
    private int listLimit = 500;

    /**
     * @param wiki         the wiki's database name ({@code dewiktionary})
     * @param port         the loopback port, 0 for any
     * @param now          the wiki's clock at the start
     * @param firstRevision the revision id its next edit gets
     */
    public FakeWiki(String wiki, int port, Instant now, long firstRevision) {
        this.wiki = wiki;
        this.clock = now;
        this.nextRevision = firstRevision;
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").port(port)
                .extensions(new Answers()));
        server.start();
        server.stubFor(WireMock.get(WireMock.urlPathEqualTo("/w/api.php"))
                .willReturn(WireMock.aResponse().withTransformers(Answers.NAME)));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.port() + "/w/api.php";
    }

    /** The pages the wiki held before the changes the test makes (a full dump's state): no recent change of theirs. */
    public synchronized void hold(long pageId, String title, long revision, String text, boolean redirect) {
        pages.put(title, new WikiPage(pageId, title, revision, text, redirect, clock));
    }

    public synchronized void create(long pageId, String title, String text) {
        WikiPage page = new WikiPage(pageId, title, nextRevision++, text, text.startsWith("#"), tick());
        pages.put(title, page);
        change("new", page.title(), page.pageId(), page.revision(), page.at());
    }

    public synchronized void edit(String title, String text) {
        WikiPage held = pages.get(title);
        WikiPage page = new WikiPage(held.pageId(), title, nextRevision++, text, text.startsWith("#"), tick());
        pages.put(title, page);
        change("edit", title, page.pageId(), page.revision(), page.at());
    }

    public synchronized void delete(String title) {
        WikiPage page = pages.remove(title);
        deleted.put(page.pageId(), page);
        ObjectNode entry = change("log", title, 0, 0, tick());
        entry.put("logtype", "delete").put("logaction", "delete");
        entry.putObject("logparams");
    }

    /** Restores a deleted page with its revisions: its newest revision is the one it had. */
    public synchronized void restore(long pageId) {
        WikiPage page = deleted.remove(pageId);
        pages.put(page.title(), page);
        ObjectNode entry = change("log", page.title(), page.pageId(), 0, tick());
        entry.put("logtype", "delete").put("logaction", "restore");
        entry.putObject("logparams").put("count", 1);
    }

    /** Moves a page to a new title without leaving a redirect: the move makes a null revision. */
    public synchronized void move(String from, String to) {
        WikiPage held = pages.remove(from);
        WikiPage page = new WikiPage(held.pageId(), to, nextRevision++, held.text(), held.redirect(), tick());
        pages.put(to, page);
        ObjectNode entry = change("log", from, held.pageId(), 0, page.at());
        entry.put("logtype", "move").put("logaction", "move");
        entry.putObject("logparams").put("target_ns", 0).put("target_title", to);
    }

    /** The wiki's clock moves on (recent changes younger than a minute are left to the next run). */
    public synchronized void advance(Duration duration) {
        clock = clock.plus(duration);
    }

    /** The wiki's clock. */
    public synchronized Instant now() {
        return clock;
    }

    public synchronized Map<String, WikiPage> pages() {
        return Map.copyOf(pages);
    }

    /** Answers the next requests with these troubles, one request each. */
    public synchronized void trouble(Trouble... next) {
        troubles.addAll(List.of(next));
    }

    /** Recent changes listed at most this many an answer, to make the list continue. */
    public synchronized void listLimit(int limit) {
        listLimit = limit;
    }

    /** Every answer waits this long first, as a distant wiki's would. */
    public void latency(Duration delay) {
        server.setGlobalFixedDelay((int) delay.toMillis());
    }

    /** The User-Agent of every request served. */
    public List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    public int requests() {
        return server.getAllServeEvents().size();
    }

    @Override
    public void close() {
        server.stop();
    }

    private Instant tick() {
        clock = clock.plusSeconds(1);
        return clock;
    }

    private ObjectNode change(String type, String title, long pageId, long revision, Instant at) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("type", type).put("ns", 0).put("title", title).put("pageid", pageId).put("revid", revision)
                .put("old_revid", 0).put("rcid", nextRcid++).put("timestamp", at.toString());
        changes.add(entry);
        return entry;
    }

    private synchronized ResponseDefinition answer(Request request) {
        userAgents.add(request.getHeader("User-Agent"));
        Trouble trouble = troubles.poll();
        if (trouble != null) {
            return switch (trouble) {
                case MAXLAG -> json(JSON.createObjectNode().set("error", JSON.createObjectNode().put("code", "maxlag")
                        .put("info", "Waiting for 10.64.16.27: 6 seconds lagged.").put("host", "10.64.16.27").put("lag", 6)
                        .put("type", "db")))
                        .withHeader("Retry-After", "6").withHeader("X-Database-Lag", "6").withHeader("MediaWiki-API-Error", "maxlag").build();
                case TOO_MANY_REQUESTS -> ResponseDefinitionBuilder.responseDefinition().withStatus(429)
                        .withHeader("Content-Type", "text/html; charset=utf-8")
                        .withBody("<!DOCTYPE html><html><body><p>Error: 429, Too Many Requests</p></body></html>").build();
                case CONNECTION_DROP -> ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
            };
        }
        String query = request.queryParameter("list").isPresent() ? request.queryParameter("list").firstValue() : "";
        if (request.queryParameter("meta").isPresent()) {
            ObjectNode answer = JSON.createObjectNode().put("batchcomplete", true).put("curtimestamp", clock.toString());
            answer.putObject("query").putObject("general").put("wikiid", wiki).put("sitename", "Wiktionary");
            return json(answer).build();
        }
        if (query.equals("recentchanges")) {
            return json(recentChanges(request)).build();
        }
        return json(revisions(request)).build();
    }

    private ObjectNode recentChanges(Request request) {
        Instant start = Instant.parse(request.queryParameter("rcstart").firstValue());
        Instant end = Instant.parse(request.queryParameter("rcend").firstValue());
        long fromRcid = 0;
        if (request.queryParameter("rccontinue").isPresent()) {
            String[] position = request.queryParameter("rccontinue").firstValue().split("\\|");
            start = RC_CONTINUE.parse(position[0], Instant::from);
            fromRcid = Long.parseLong(position[1]);
        }
        ObjectNode answer = JSON.createObjectNode().put("batchcomplete", true);
        ArrayNode listed = answer.putObject("query").putArray("recentchanges");
        for (ObjectNode change : changes) {
            Instant at = Instant.parse(change.get("timestamp").asText());
            if (at.isBefore(start) || at.isAfter(end) || (at.equals(start) && change.get("rcid").asLong() < fromRcid)) {
                continue;
            }
            if (listed.size() == listLimit) {
                answer.putObject("continue").put("rccontinue", RC_CONTINUE.format(at) + "|" + change.get("rcid").asLong())
                        .put("continue", "-||");
                break;
            }
            listed.add(change);
        }
        return answer;
    }

    private ObjectNode revisions(Request request) {
        String[] titles = request.queryParameter("titles").firstValue().split("\\|");
        int skip = request.queryParameter("rvcontinue").isPresent()
                ? Integer.parseInt(request.queryParameter("rvcontinue").firstValue()) : 0;
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode listed = answer.putObject("query").putArray("pages");
        int withContent = 0;
        for (String title : titles) {
            WikiPage page = pages.get(title);
            if (page == null) {
                listed.addObject().put("ns", 0).put("title", title).put("missing", true);
                continue;
            }
            ObjectNode entry = listed.addObject().put("pageid", page.pageId()).put("ns", 0).put("title", title)
                    .put("contentmodel", "wikitext").put("lastrevid", page.revision()).put("length", page.text().length());
            if (page.redirect()) {
                entry.put("redirect", true);
            }
            withContent++;
            if (withContent > skip && withContent <= skip + CONTENT_PER_ANSWER) {
                ObjectNode revision = entry.putArray("revisions").addObject().put("revid", page.revision())
                        .put("parentid", 0).put("timestamp", page.at().toString());
                revision.putObject("slots").putObject("main").put("contentmodel", "wikitext")
                        .put("contentformat", "text/x-wiki").put("content", page.text());
            }
        }
        if (withContent > skip + CONTENT_PER_ANSWER) {
            answer.putObject("continue").put("rvcontinue", Integer.toString(skip + CONTENT_PER_ANSWER)).put("continue", "||");
        } else {
            answer.put("batchcomplete", true);
        }
        return answer;
    }

    private static ResponseDefinitionBuilder json(ObjectNode body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body.toString());
    }

    private final class Answers implements ResponseDefinitionTransformerV2 {

        static final String NAME = "fake-wiki";

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return answer(serveEvent.getRequest());
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
