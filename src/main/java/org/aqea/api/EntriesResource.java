package org.aqea.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Optional;
import java.util.Set;
import org.aqea.address.AqeaAddress;
import org.aqea.address.AqeaConverter;
import org.aqea.address.Domains;
import org.aqea.address.Relation;
import org.aqea.address.SemanticField;
import org.aqea.address.WordClass;
import org.aqea.edition.Editions;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Translation;
import org.aqea.meaning.MeaningModel;
import org.aqea.store.lexicon.EntryQueries;
import org.aqea.store.lexicon.MeaningStore;
import org.aqea.store.registry.RegistryStore;

/** The stored entries: by address (any notation) and by search; both answers carry cache validators. */
@Path("entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EntriesResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    EntryQueries queries;

    @Inject
    RegistryStore registry;

    @Inject
    MeaningSearch meaningSearch;

    @Inject
    MeaningStore meanings;

    @Context
    Request request;

    /** Longest text searched by meaning; the model reads no more than a few sentences. */
    static final int MAX_TEXT = 500;
    static final int MAX_SIMILAR = 50;

    /**
     * An entry with its address decoded and its relations resolved, and the same lexeme's entries from other
     * editions (their own senses, forms and translations), so that both are shown side by side.
     *
     * @param sourceIds the source's own id of each entry of the lexeme that has one, by edition: a Wiktionary entry
     *                  carries the L-id of the Wikidata lexeme with its address ({@code {"wikidata": "L1347"}})
     * @param registryLeaf the index of the address registry's leaf that allocated the address (its inclusion proof:
     *                     {@code /api/registry/proof/inclusion?address=})
     */
    public record EntryView(EntryQueries.StoredEntry entry, Map<String, Object> decoded, List<Relation> relations,
                            List<EntryQueries.StoredEntry> otherEditions, Map<String, Object> sourceIds,
                            Long registryLeaf) {
    }

    @Operation(summary = "An entry by its AQEA address in any notation, with the address decoded and its relations")
    @APIResponse(responseCode = "200", description = "The entry; ETag and Cache-Control set")
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{address}")
    public Response byAddress(@PathParam("address") String text) {
        AqeaAddress address = parseAddress(text);
        List<EntryQueries.StoredEntry> entries = queries.byAddress(address);
        if (entries.isEmpty()) {
            throw ApiException.notFound("no entry has the address " + address);
        }
        EntryQueries.StoredEntry entry = entries.get(0);
        Map<String, Object> sourceIds = new LinkedHashMap<>();
        for (EntryQueries.StoredEntry each : entries) {
            if (each.source().get("id") != null) {
                sourceIds.putIfAbsent((String) each.source().get("edition"), each.source().get("id"));
            }
        }
        OptionalLong leaf = registry.allocationLeaf(address.value());
        return CacheableAnswer.of(request, new EntryView(entry, decode(address), relations(entry.lexical()),
                entries.subList(1, entries.size()), sourceIds, leaf.isPresent() ? leaf.getAsLong() : null));
    }

    @Operation(summary = "Entries by label prefix (case and accents ignored), language, class, field and edition,"
            + " a page at a time")
    @APIResponse(responseCode = "200", description = "A page of entries; ETag and Cache-Control set")
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    public Response search(@QueryParam("label") String label, @QueryParam("lang") String lang,
                                      @QueryParam("pos") String pos, @QueryParam("field") String field,
                                      @QueryParam("edition") String edition,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        if (field != null && !field.isBlank()) {
            try {
                SemanticField.ofId(field);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("unknown field '" + field + "'");
            }
        }
        if (edition != null && !edition.isBlank() && Editions.of(edition).isEmpty()) {
            throw ApiException.badRequest("edition: one of " + Editions.codes() + ", or leave it out for all");
        }
        List<EntryQueries.StoredEntry> entries = queries.search(label, lang, pos, field, edition, page * size, size + 1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", page);
        body.put("size", size);
        body.put("hasMore", entries.size() > size);
        body.put("entries", entries.size() > size ? entries.subList(0, size) : entries);
        return CacheableAnswer.of(request, body);
    }

    @Operation(summary = "Entries nearest in meaning to a text (in English), in every language or in those asked for")
    @APIResponse(responseCode = "200", description = "The nearest entries, nearest first, with the cosine of their"
            + " meaning vectors and the text's")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", description = "No meaning is computed yet: start the backfill first")
    @GET
    @Path("similar")
    public Response similar(@QueryParam("text") String text, @QueryParam("lang") String lang,
                            @QueryParam("pos") String pos, @QueryParam("k") @DefaultValue("10") int k) {
        checkSimilarCount(k);
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("text: what to look for, such as 'a young dog'");
        }
        if (text.length() > MAX_TEXT) {
            throw ApiException.badRequest("text: at most " + MAX_TEXT + " characters");
        }
        return similarAnswer(meaningSearch.nearest(MeaningModel.shared().embed(text.strip()), k, lang, pos, Set.of()));
    }

    @Operation(summary = "The entries nearest in meaning to the entry at an address, the lexeme's own left out")
    @APIResponse(responseCode = "200", description = "The nearest entries, nearest first, with the cosine of their"
            + " meaning vectors and the entry's")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "No meaning is computed yet: start the backfill first")
    @GET
    @Path("{address}/similar")
    public Response similarTo(@PathParam("address") String text, @QueryParam("lang") String lang,
                              @QueryParam("pos") String pos, @QueryParam("k") @DefaultValue("10") int k) {
        checkSimilarCount(k);
        AqeaAddress address = parseAddress(text);
        Optional<MeaningStore.StoredMeaning> meaning = meanings.atAddress(address.value());
        if (meaning.isEmpty()) {
            if (queries.byAddress(address).isEmpty()) {
                throw ApiException.notFound("no entry has the address " + address);
            }
            throw ApiException.notFound("the entry at " + address + " has no meaning vector: it has no English side"
                    + " (an English word, English translations or glosses), or the meanings were not computed since");
        }
        return similarAnswer(meaningSearch.nearest(meaning.get().vector(), k, lang, pos, Set.of(address.toString())));
    }

    /** An address in any notation, or a bad request saying what is wrong with it. */
    static AqeaAddress parseAddress(String text) {
        try {
            return AqeaAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static void checkSimilarCount(int k) {
        if (k < 1 || k > MAX_SIMILAR) {
            throw ApiException.badRequest("k: between 1 and " + MAX_SIMILAR);
        }
    }

    private Response similarAnswer(Optional<List<MeaningSearch.Similar>> found) {
        if (found.isEmpty()) {
            throw ApiException.conflict("no meaning is computed yet: start the backfill with POST /api/jobs"
                    + " {\"source\": \"meanings\"}");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", MeaningModel.NAME);
        body.put("indexed", meaningSearch.indexed());
        body.put("results", found.get());
        return Response.ok(body).build();
    }

    static Map<String, Object> decode(AqeaAddress address) {
        Map<String, Object> decoded = new LinkedHashMap<>();
        decoded.put("address", address.toString());
        decoded.put("hex", address.hex());
        decoded.put("integer", address.unsigned());
        decoded.put("domain", String.format("0x%02X", address.domain()));
        decoded.put("language", Domains.languageOf(address.domain()).orElse(null));
        decoded.put("category", String.format("0x%02X", address.category()));
        decoded.put("plane", address.plane());
        decoded.put("wordClass", WordClass.ofCode(address.wordClassCode()).englishName());
        decoded.put("subcategory", String.format("0x%02X", address.subcategory()));
        SemanticField field = address.inOverflowRegion() ? null : SemanticField.ofCode(address.subcategory());
        decoded.put("field", field == null ? null : field.id());
        decoded.put("overflowBlock", address.inOverflowRegion());
        decoded.put("element", String.format("0x%02X", address.element()));
        return decoded;
    }

    private List<Relation> relations(LexicalEntry entry) {
        List<String[]> targets = new ArrayList<>();
        for (List<LinkedTerm> terms : List.of(entry.synonyms(), entry.antonyms(), entry.hypernyms(), entry.hyponyms())) {
            terms.forEach(term -> targets.add(new String[] {entry.langCode(), term.word()}));
        }
        for (Translation translation : entry.translations()) {
            targets.add(new String[] {translation.langCode(), translation.word()});
        }
        if (entry.formOf() != null) {
            targets.add(new String[] {entry.langCode(), entry.formOf()});
        }
        Map<String, String> addresses = queries.addressesOfLemmas(targets);
        return AqeaConverter.relations(entry, (langCode, lemma) ->
                Optional.ofNullable(addresses.get(langCode + "|" + lemma)).map(AqeaAddress::parse));
    }
}
