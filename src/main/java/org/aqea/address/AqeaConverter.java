package org.aqea.address;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Translation;

/**
 * Turns lexical entries into AQEA entries, in two steps around the allocator: {@link #lexemesOfPage} gives each
 * entry of a page its lexeme key (with the homograph ordinal) and semantic field, {@link #toAqea} builds the entry
 * once the address is known.
 */
public final class AqeaConverter {

    public static final int LABEL_LIMIT = 60;

    /** Looks up the address of an entry by language and lemma (relations); empty when it has none. */
    public interface AddressLookup {
        Optional<AqeaAddress> addressOf(String langCode, String lemma);
    }

    private static final Map<String, String> LANGUAGE_NAMES = Map.ofEntries(
            Map.entry("de", "German"), Map.entry("en", "English"), Map.entry("fr", "French"), Map.entry("es", "Spanish"),
            Map.entry("it", "Italian"), Map.entry("pt", "Portuguese"), Map.entry("ru", "Russian"), Map.entry("zh", "Chinese"),
            Map.entry("ja", "Japanese"), Map.entry("ar", "Arabic"), Map.entry("nl", "Dutch"), Map.entry("pl", "Polish"),
            Map.entry("sv", "Swedish"), Map.entry("cs", "Czech"), Map.entry("ca", "Catalan"), Map.entry("la", "Latin"));

    private static final Map<String, String> GENDER_NAMES = Map.of("m", "masculine", "f", "feminine", "n", "neuter",
            "u", "common");

    private final FieldClassifier classifier = new FieldClassifier();

    /**
     * The entries of one page as lexemes; entries that agree on everything in the key are counted in page order,
     * after those of other pages that their source counts before them ({@code SourceRef.homographsBefore}).
     */
    public List<KeyedEntry> lexemesOfPage(List<LexicalEntry> entries) {
        List<KeyedEntry> lexemes = new ArrayList<>(entries.size());
        Map<String, Integer> homographs = new HashMap<>();
        for (LexicalEntry entry : entries) {
            FieldClassifier.Decision field = classifier.classify(entry);
            if (entry.formOf() != null || "form".equals(entry.pos())) {
                lexemes.add(new KeyedEntry(entry, null, "inflected form" + (entry.formOf() == null ? "" : " of '" + entry.formOf() + "'")
                        + ", not a lexeme", field));
                continue;
            }
            if (entry.langCode() == null) {
                lexemes.add(new KeyedEntry(entry, null, "unknown language '" + entry.lang() + "'", field));
                continue;
            }
            Optional<Integer> domain = Domains.of(entry.langCode());
            if (domain.isEmpty()) {
                lexemes.add(new KeyedEntry(entry, null, "no AQEA domain for language " + entry.langCode(), field));
                continue;
            }
            WordClass wordClass = WordClass.ofPos(entry.pos());
            LexemeKey withoutOrdinal = LexemeKey.of(entry.langCode(), entry.word(), wordClass, entry.genders(), 0);
            int ordinal = homographs.merge(withoutOrdinal.text(), 1, Integer::sum) - 1 + entry.source().homographsBefore();
            LexemeKey key = ordinal == 0 ? withoutOrdinal
                    : LexemeKey.of(entry.langCode(), entry.word(), wordClass, entry.genders(), ordinal);
            lexemes.add(new KeyedEntry(entry, new AllocationRequest(key, domain.get(), wordClass, field.field()), null, field));
        }
        return lexemes;
    }

    /** A word's label: the word, cut to {@value #LABEL_LIMIT} code points with an ellipsis when longer. */
    public static String label(String word) {
        boolean truncated = word.codePointCount(0, word.length()) > LABEL_LIMIT;
        return truncated ? word.substring(0, word.offsetByCodePoints(0, LABEL_LIMIT - 1)) + "…" : word;
    }

    /** The AQEA fields of a lexeme; {@code allocation} is null while its address is still to be allocated. */
    public AqeaEntry toAqea(KeyedEntry lexeme, Allocation allocation) {
        LexicalEntry entry = lexeme.entry();
        String reason = lexeme.unaddressedReason();
        AqeaAddress address = null;
        if (lexeme.request() != null) {
            address = allocation == null ? null : allocation.address();
            reason = allocation == null ? null : allocation.reason();
        }
        // A lexeme whose address is still to be allocated, and an inflected form, are drafts.
        boolean awaitingAddress = lexeme.request() != null && allocation == null;
        String status = address != null ? AqeaEntry.ACTIVE
                : awaitingAddress || entry.formOf() != null ? AqeaEntry.DRAFT : AqeaEntry.PENDING_REVIEW;
        return new AqeaEntry(address == null ? null : address.toString(), address == null ? reason : null, label(entry.word()),
                description(entry), Domains.hexOf(entry.langCode()).orElse(null),
                entry.langCode(), status, lexeme.field().field().id(), lexeme.field().rule());
    }

    /** One to three English sentences: language, class, gender, lemma, first English translations, first gloss. */
    static String description(LexicalEntry entry) {
        StringBuilder text = new StringBuilder();
        String language = entry.langCode() == null ? null : LANGUAGE_NAMES.get(entry.langCode());
        text.append(language != null ? language : entry.lang() == null ? "Unknown-language" : entry.lang())
                .append(entry.formOf() != null ? " inflected form" : " " + WordClass.ofPos(entry.pos()).englishName());
        List<String> genders = entry.genders().stream().map(g -> GENDER_NAMES.getOrDefault(g, g)).toList();
        if (!genders.isEmpty()) {
            text.append(" (").append(String.join(", ", genders)).append(')');
        }
        text.append(" '").append(entry.word()).append('\'');
        List<String> english = entry.translations().stream().filter(t -> "en".equals(t.langCode()))
                .map(Translation::word).distinct().limit(3).toList();
        if (entry.formOf() != null) {
            text.append(" of '").append(entry.formOf()).append('\'');
        }
        text.append(english.isEmpty() ? "." : ": " + String.join(", ", english) + ".");
        if (!entry.senses().isEmpty() && !entry.senses().get(0).gloss().isEmpty()) {
            String gloss = entry.senses().get(0).gloss();
            text.append(" Sense ").append(entry.senses().get(0).id()).append(": ")
                    .append(gloss.length() > 200 ? gloss.substring(0, 199) + "…" : gloss)
                    .append(gloss.endsWith(".") ? "" : ".");
        }
        return text.toString();
    }

    /** The typed links of an entry, by address where the lookup knows the target. */
    public static List<Relation> relations(LexicalEntry entry, AddressLookup lookup) {
        List<Relation> relations = new ArrayList<>();
        addLinks(relations, "synonym", entry.synonyms(), entry.langCode(), lookup);
        addLinks(relations, "antonym", entry.antonyms(), entry.langCode(), lookup);
        addLinks(relations, "hypernym", entry.hypernyms(), entry.langCode(), lookup);
        addLinks(relations, "hyponym", entry.hyponyms(), entry.langCode(), lookup);
        for (Translation translation : entry.translations()) {
            relations.add(relation("translation", translation.word(), translation.langCode(), lookup));
        }
        if (entry.formOf() != null) {
            relations.add(relation("form_of", entry.formOf(), entry.langCode(), lookup));
        }
        return relations;
    }

    private static void addLinks(List<Relation> relations, String type, List<LinkedTerm> terms, String langCode,
                                 AddressLookup lookup) {
        for (LinkedTerm term : terms) {
            relations.add(relation(type, term.word(), langCode, lookup));
        }
    }

    private static Relation relation(String type, String lemma, String langCode, AddressLookup lookup) {
        String address = lookup.addressOf(langCode, lemma).map(AqeaAddress::toString).orElse(null);
        return new Relation(type, address, lemma, langCode);
    }
}
