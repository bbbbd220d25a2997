package org.aqea.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.aqea.store.lexicon.EntryQueries;

/**
 * The entries that changed since a time, for those who mirror the lexicon: in the order of their change, up to a
 * time before which every change is committed ({@code until}), a page at a time. A mirror reads the pages of one
 * {@code since} with {@code after} until {@code next} is null, then asks again with {@code since} set to the last
 * {@code until}: no change is missed, and one seen twice is the same entry again.
 */
@Path("changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    EntryQueries queries;

    @Operation(summary = "Entries changed since a time (written, addressed or deprecated), in the order of their change")
    @APIResponse(responseCode = "200", description = "since, until, the changed entries and the cursor of the next page")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    public Map<String, Object> since(@QueryParam("since") String since, @QueryParam("after") String after,
                                     @QueryParam("size") @DefaultValue("100") int size) {
        if (since == null || since.isBlank()) {
            throw ApiException.badRequest("since is missing: a time such as 2026-12-03T00:00:00Z");
        }
        Instant from;
        try {
            from = Instant.parse(since.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("since='" + since + "' is no time such as 2026-12-03T00:00:00Z (UTC, ISO 8601)");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        Optional<EntryQueries.ChangeCursor> cursor = after == null || after.isBlank() ? Optional.empty() : Optional.of(decode(after));
        Instant until = queries.changesSettledBefore();
        List<EntryQueries.StoredEntry> changes = queries.changes(from, until, cursor, size + 1);
        boolean more = changes.size() > size;
        List<EntryQueries.StoredEntry> page = more ? changes.subList(0, size) : changes;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("since", from.toString());
        body.put("until", until.toString());
        body.put("changes", page);
        body.put("next", more ? encode(page.get(page.size() - 1)) : null);
        return body;
    }

    private static String encode(EntryQueries.StoredEntry entry) {
        String key = entry.updatedAt() + "|" + entry.source().get("edition") + "|" + entry.source().get("pageId") + "|"
                + entry.source().get("headingIndex");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static EntryQueries.ChangeCursor decode(String after) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(after.trim()), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length == 4) {
                return new EntryQueries.ChangeCursor(Instant.parse(parts[0]), parts[1], Long.parseLong(parts[2]),
                        Integer.parseInt(parts[3]));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // named below
        }
        throw ApiException.badRequest("after='" + after + "' is no cursor of this list: give the 'next' of its last answer");
    }
}
