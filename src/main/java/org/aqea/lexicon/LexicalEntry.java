package org.aqea.lexicon;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One word of one language in one part of speech, as extracted from a dictionary page. Field names follow
 * the JSONL output (snake_case there).
 *
 * <p>The fields marked as written only when not empty came with the English edition; an entry that has none of them
 * (every German entry) is written exactly as before they existed, so that its content hash is unchanged.
 *
 * @param word            the lemma (page title)
 * @param lang            the language name as the edition writes it ({@code Deutsch}, {@code German})
 * @param langCode        ISO 639-1 where one exists, else the edition's code (ISO 639-3 or Wiktionary's own)
 * @param pos             normalised part of speech ({@code noun}, {@code verb}, ...)
 * @param posRaw          every part-of-speech name of the heading, in order
 * @param pronunciations  the IPA of {@code ipa} with the accents the page names for each (written when not empty)
 * @param coordinateTerms words of the same kind under the same hypernym (written when not empty)
 * @param derived         words formed from this one (written when not empty)
 * @param descendants     words of other languages that come from this one, with their language (written when not empty)
 * @param formOf          the lemma this entry is an inflected or alternative form of, or {@code null}
 * @param formOfTags      what kind of form of {@code formOf} it is ({@code plural}, {@code alternative}; written when not empty)
 * @param translationsSee pages whose translation tables serve this entry (written when not empty)
 * @param inflectionClass the inflection class the edition names ({@code first group} of a French verb), or
 *                        {@code null} (written when given)
 */
public record LexicalEntry(String word, String lang, String langCode, String pos, List<String> posRaw,
                           List<String> genders, List<String> hyphenation, List<String> ipa,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Pronunciation> pronunciations,
                           List<String> audio, List<String> rhymes, List<Sense> senses, List<Form> forms,
                           List<Translation> translations,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> translationsSee,
                           List<LinkedTerm> synonyms, List<LinkedTerm> antonyms, List<LinkedTerm> hypernyms,
                           List<LinkedTerm> hyponyms, List<LinkedTerm> related,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LinkedTerm> coordinateTerms,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LinkedTerm> meronyms,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LinkedTerm> holonyms,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LinkedTerm> derived,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LinkedTerm> descendants,
                           String formOf,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> formOfTags,
                           String etymology, SourceRef source, List<String> warnings,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String inflectionClass) {

    /** Entries read back from JSON written before a field existed have it empty, not null. */
    public LexicalEntry {
        pronunciations = orEmpty(pronunciations);
        translationsSee = orEmpty(translationsSee);
        coordinateTerms = orEmpty(coordinateTerms);
        meronyms = orEmpty(meronyms);
        holonyms = orEmpty(holonyms);
        derived = orEmpty(derived);
        descendants = orEmpty(descendants);
        formOfTags = orEmpty(formOfTags);
    }

    /** An entry without an inflection class. */
    public LexicalEntry(String word, String lang, String langCode, String pos, List<String> posRaw,
                        List<String> genders, List<String> hyphenation, List<String> ipa, List<Pronunciation> pronunciations,
                        List<String> audio, List<String> rhymes, List<Sense> senses, List<Form> forms,
                        List<Translation> translations, List<String> translationsSee, List<LinkedTerm> synonyms,
                        List<LinkedTerm> antonyms, List<LinkedTerm> hypernyms, List<LinkedTerm> hyponyms,
                        List<LinkedTerm> related, List<LinkedTerm> coordinateTerms, List<LinkedTerm> meronyms,
                        List<LinkedTerm> holonyms, List<LinkedTerm> derived, List<LinkedTerm> descendants, String formOf,
                        List<String> formOfTags, String etymology, SourceRef source, List<String> warnings) {
        this(word, lang, langCode, pos, posRaw, genders, hyphenation, ipa, pronunciations, audio, rhymes, senses, forms,
                translations, translationsSee, synonyms, antonyms, hypernyms, hyponyms, related, coordinateTerms, meronyms,
                holonyms, derived, descendants, formOf, formOfTags, etymology, source, warnings, null);
    }

    /** The entry with the inflection class the edition names. */
    public LexicalEntry withInflectionClass(String inflectionClass) {
        return new LexicalEntry(word, lang, langCode, pos, posRaw, genders, hyphenation, ipa, pronunciations, audio, rhymes,
                senses, forms, translations, translationsSee, synonyms, antonyms, hypernyms, hyponyms, related,
                coordinateTerms, meronyms, holonyms, derived, descendants, formOf, formOfTags, etymology, source, warnings,
                inflectionClass);
    }

    /** An entry with the fields that every edition fills, the others empty. */
    public LexicalEntry(String word, String lang, String langCode, String pos, List<String> posRaw,
                        List<String> genders, List<String> hyphenation, List<String> ipa, List<String> audio,
                        List<String> rhymes, List<Sense> senses, List<Form> forms, List<Translation> translations,
                        List<LinkedTerm> synonyms, List<LinkedTerm> antonyms, List<LinkedTerm> hypernyms,
                        List<LinkedTerm> hyponyms, List<LinkedTerm> related, String formOf, String etymology,
                        SourceRef source, List<String> warnings) {
        this(word, lang, langCode, pos, posRaw, genders, hyphenation, ipa, List.of(), audio, rhymes, senses, forms,
                translations, List.of(), synonyms, antonyms, hypernyms, hyponyms, related, List.of(), List.of(),
                List.of(), List.of(), List.of(), formOf, List.of(), etymology, source, warnings);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
