package org.aqea.wikidata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aqea.address.LexemeKey;
import org.aqea.address.WordClass;
import org.aqea.dump.DumpPage;
import org.aqea.edition.RunPages;

/**
 * What a run's parsers must know of every lexeme of the dump before they map one: its lemma and language (a sense id
 * in a translation or synonym names only its lexeme) and how many lexemes of the same key (language, lemma, class,
 * genders) have a smaller id (their homograph ordinal: Wikidata keeps homographs apart as lexemes, which a page of
 * Wiktionary holds together). Built by reading the head of every lexeme once; kept compact (about 60 bytes a lexeme).
 */
public final class LexemeIndex {

    private static final JsonFactory JSON = new JsonFactory();

    /** A lexeme as another one names it. */
    public record Target(String lemma, String langCode) {
    }

    /** No lexemes: a parser without its run ({@link WikidataEdition#newParser()}). */
    public static final LexemeIndex EMPTY = new LexemeIndex(new long[0], new String[0], new String[0], Map.of());

    private final long[] ids;
    private final String[] lemmas;
    private final String[] langCodes;
    private final Map<Long, Integer> homographsBefore;

    private LexemeIndex(long[] ids, String[] lemmas, String[] langCodes, Map<Long, Integer> homographsBefore) {
        this.ids = ids;
        this.lemmas = lemmas;
        this.langCodes = langCodes;
        this.homographsBefore = homographsBefore;
    }

    public static LexemeIndex of(RunPages pages) throws IOException {
        List<Facts> all = new ArrayList<>();
        pages.forEach(page -> facts(page).ifPresent(all::add));
        all.sort((a, b) -> Long.compare(a.id, b.id));
        long[] ids = new long[all.size()];
        String[] lemmas = new String[all.size()];
        String[] langCodes = new String[all.size()];
        Map<String, String> sharedCodes = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            ids[i] = all.get(i).id;
            lemmas[i] = all.get(i).lemma;
            langCodes[i] = sharedCodes.computeIfAbsent(all.get(i).langCode, code -> code);
        }
        // Homographs: the same key without ordinal, by its 64-bit hash; counted in id order (the list is sorted by id).
        Map<Long, Integer> seen = new HashMap<>();
        Map<Long, Integer> before = new HashMap<>();
        for (Facts facts : all) {
            int earlier = seen.merge(facts.keyHash(), 1, Integer::sum) - 1;
            if (earlier > 0) {
                before.put(facts.id, earlier);
            }
        }
        return new LexemeIndex(ids, lemmas, langCodes, before);
    }

    /** The lexeme of number {@code id} ({@code 1347} for {@code L1347}), if the dump holds it. */
    public Optional<Target> lexeme(long id) {
        int at = Arrays.binarySearch(ids, id);
        return at < 0 ? Optional.empty() : Optional.of(new Target(lemmas[at], langCodes[at]));
    }

    /** Lexemes of the same key with a smaller id. */
    public int homographsBefore(long id) {
        return homographsBefore.getOrDefault(id, 0);
    }

    public int size() {
        return ids.length;
    }

    /**
     * What the index keeps of one lexeme, read from its JSON as {@link LexemeFacts} reads it; the key by its hash,
     * not its text, to keep the index small (two keys of one hash would only count as homographs of each other).
     */
    private record Facts(long id, String lemma, String langCode, long keyHash) {
    }

    private static Optional<Facts> facts(DumpPage page) {
        if (page.pageId() <= 0 || page.textCut()) {
            return Optional.empty();
        }
        try (JsonParser json = JSON.createParser(page.text())) {
            LexemeFacts facts = LexemeFacts.read(json);
            if (facts == null || !facts.isLexeme()) {
                return Optional.empty();
            }
            long keyHash = LexemeKey.of(facts.langCode(), page.title(), WordClass.ofPos(facts.pos()), facts.genders(), 0).hash();
            return Optional.of(new Facts(page.pageId(), page.title(), facts.langCode(), keyHash));
        } catch (IOException | RuntimeException e) {
            // A lexeme that cannot be read is refused by the parser, and named there; here it is only not a target.
            return Optional.empty();
        }
    }
}
