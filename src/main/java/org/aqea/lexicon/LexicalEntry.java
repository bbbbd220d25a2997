package org.aqea.lexicon;

import java.util.List;

/**
 * One word of one language in one part of speech, as extracted from a dictionary page. Field names follow
 * the JSONL output (snake_case there).
 *
 * @param word       the lemma (page title)
 * @param lang       the language name as the edition writes it ({@code Deutsch})
 * @param langCode   ISO 639-1 where one exists, else ISO 639-3
 * @param pos        normalised part of speech ({@code noun}, {@code verb}, ...)
 * @param posRaw     every part-of-speech name of the heading, in order
 * @param formOf     the lemma this entry is an inflected form of, or {@code null}
 */
public record LexicalEntry(String word, String lang, String langCode, String pos, List<String> posRaw,
                           List<String> genders, List<String> hyphenation, List<String> ipa, List<String> audio,
                           List<String> rhymes, List<Sense> senses, List<Form> forms, List<Translation> translations,
                           List<LinkedTerm> synonyms, List<LinkedTerm> antonyms, List<LinkedTerm> hypernyms,
                           List<LinkedTerm> hyponyms, List<LinkedTerm> related, String formOf, String etymology,
                           SourceRef source, List<String> warnings) {
}
