package org.aqea.address;

import java.util.Arrays;
import java.util.List;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.SourceRef;
import org.aqea.lexicon.Translation;

/** Lexical entries written for the AQEA tests. */
final class Entries {

    private Entries() {
    }

    static LexicalEntry entry(String langCode, String word, String pos, List<String> genders, List<String> labels,
                              List<String> hypernyms, List<String> english, String gloss) {
        List<Sense> senses = gloss == null ? List.of() : List.of(new Sense("1", gloss, labels, List.of()));
        return new LexicalEntry(word, langCode.equals("de") ? "Deutsch" : langCode, langCode, pos, List.of(), genders,
                List.of(), List.of(), List.of(), List.of(), senses, List.<Form>of(),
                english.stream().map(w -> new Translation("en", w, List.of("1"), null, false)).toList(),
                List.of(), List.of(), hypernyms.stream().map(h -> new LinkedTerm(h, List.of("1"))).toList(),
                List.of(), List.of(), null, null, new SourceRef("de", word, 1, 2, 0), List.of());
    }

    /** An entry of the English edition: English labels, hypernyms and gloss, of any language. */
    static LexicalEntry english(String langCode, String word, String pos, List<String> labels, List<String> hypernyms,
                                String gloss) {
        LexicalEntry entry = entry(langCode, word, pos, List.of(), labels, hypernyms, List.of(), gloss);
        return new LexicalEntry(entry.word(), entry.lang(), entry.langCode(), entry.pos(), entry.posRaw(), entry.genders(),
                entry.hyphenation(), entry.ipa(), entry.audio(), entry.rhymes(), entry.senses(), entry.forms(),
                entry.translations(), entry.synonyms(), entry.antonyms(), entry.hypernyms(), entry.hyponyms(),
                entry.related(), entry.formOf(), entry.etymology(), new SourceRef("en", word, 1, 2, 0), List.of());
    }

    /** A Wikidata lexeme's entry: glosses in its own language, translations to English. */
    static LexicalEntry wikidata(String langCode, String word, String pos, List<String> english, String gloss) {
        LexicalEntry entry = entry(langCode, word, pos, List.of(), List.of(), List.of(), english, gloss);
        return new LexicalEntry(entry.word(), entry.lang(), entry.langCode(), entry.pos(), entry.posRaw(), entry.genders(),
                entry.hyphenation(), entry.ipa(), entry.audio(), entry.rhymes(), entry.senses(), entry.forms(),
                entry.translations(), entry.synonyms(), entry.antonyms(), entry.hypernyms(), entry.hyponyms(),
                entry.related(), entry.formOf(), entry.etymology(), new SourceRef("wikidata", word, 1, 2, 0), List.of());
    }

    static List<String> list(String commaSeparated) {
        return commaSeparated.isBlank() ? List.of() : Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}
