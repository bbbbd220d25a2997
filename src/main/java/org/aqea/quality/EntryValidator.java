package org.aqea.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.aqea.address.WordClass;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.Translation;

/**
 * Checks an extracted entry against the rules of {@link QualityRule}, edition-neutral: every text field for markup
 * residue and length, the senses, forms, translations, relations, pronunciations and syllables. Each text is
 * scanned once, without regular expressions (this runs on every entry of every page).
 */
public final class EntryValidator {

    static final int WORD_LIMIT = 200;
    static final int GLOSS_LIMIT = 1_000;
    static final int EXAMPLE_LIMIT = 1_500;
    static final int ETYMOLOGY_LIMIT = 4_000;
    private static final int EXCERPT = 40;

    private final List<QualityFlag> flags = new ArrayList<>();

    private EntryValidator() {
    }

    /** One entry on its own, as if it were alone on its page. */
    public static EntryQuality check(LexicalEntry entry) {
        return checkPage(List.of(entry)).get(0);
    }

    /**
     * The entries of one page, in order: each checked on its own, and against the page's other languages (see
     * {@link QualityRule#DUPLICATE_ACROSS_LANGUAGES}).
     */
    public static List<EntryQuality> checkPage(List<LexicalEntry> entries) {
        List<EntryQuality> qualities = new ArrayList<>(entries.size());
        // Earlier entries by word and part of speech, then by language: an entry is compared with the first few of
        // each other language only, so that a page of thousands of entries costs linear time, not quadratic.
        Map<String, Map<String, List<Earlier>>> earlierByWordAndPos = new HashMap<>();
        for (LexicalEntry entry : entries) {
            EntryValidator validator = new EntryValidator();
            validator.entry(entry);
            Set<String> gloss = Glosses.words(entry.senses() == null || entry.senses().isEmpty() ? null
                    : entry.senses().get(0).gloss());
            Map<String, List<Earlier>> byLanguage = earlierByWordAndPos.computeIfAbsent(entry.word() + "\u0000" + entry.pos(),
                    k -> new LinkedHashMap<>());
            String language = String.valueOf(entry.langCode());
            Earlier duplicated = null;
            for (Map.Entry<String, List<Earlier>> other : byLanguage.entrySet()) {
                if (duplicated != null || other.getKey().equals(language)) {
                    continue;
                }
                for (Earlier earlier : other.getValue()) {
                    if (Glosses.nearlyIdentical(earlier.gloss(), gloss)) {
                        duplicated = earlier;
                        break;
                    }
                }
            }
            if (duplicated != null) {
                validator.flag(QualityRule.DUPLICATE_ACROSS_LANGUAGES, "senses[0].gloss", "as the " + duplicated.language() + " entry");
            }
            List<Earlier> sameLanguage = byLanguage.computeIfAbsent(language, k -> new ArrayList<>());
            if (sameLanguage.size() < COMPARED_PER_LANGUAGE) {
                sameLanguage.add(new Earlier(entry.langCode() == null ? entry.lang() : entry.langCode(), gloss));
            }
            qualities.add(EntryQuality.of(validator.flags));
        }
        return qualities;
    }

    /** How many earlier entries of one language (same word and part of speech) a page's entry is compared with. */
    static final int COMPARED_PER_LANGUAGE = 16;

    private record Earlier(String language, Set<String> gloss) {
    }

    private void entry(LexicalEntry entry) {
        text("word", entry.word(), WORD_LIMIT);
        if (entry.langCode() == null) {
            flag(QualityRule.UNKNOWN_LANGUAGE, "lang", String.valueOf(entry.lang()));
        }
        if (!"form".equals(entry.pos()) && WordClass.ofPos(entry.pos()) == WordClass.UNKNOWN) {
            flag(QualityRule.UNKNOWN_POS, "pos", entry.posRaw() == null || entry.posRaw().isEmpty()
                    ? String.valueOf(entry.pos()) : String.join(", ", entry.posRaw()));
        }
        senses(entry.senses());
        forms(entry.forms());
        translations(entry.translations());
        String word = entry.word() == null ? "" : entry.word();
        relations("synonyms", entry.synonyms(), word);
        relations("antonyms", entry.antonyms(), word);
        relations("hypernyms", entry.hypernyms(), word);
        relations("hyponyms", entry.hyponyms(), word);
        relations("related", entry.related(), word);
        relations("coordinate_terms", entry.coordinateTerms(), word);
        relations("meronyms", entry.meronyms(), word);
        relations("holonyms", entry.holonyms(), word);
        relations("derived", entry.derived(), word);
        ipa("ipa", entry.ipa());
        hyphenation(entry.hyphenation(), word);
        text("etymology", entry.etymology(), ETYMOLOGY_LIMIT);
    }

    private void senses(List<Sense> senses) {
        for (int i = 0; senses != null && i < senses.size(); i++) {
            Sense sense = senses.get(i);
            String where = "senses[" + i + "]";
            String gloss = sense.gloss() == null ? "" : sense.gloss().strip();
            if (gloss.isEmpty()) {
                flag(QualityRule.SENSE_WITHOUT_GLOSS, where + ".gloss", sense.id() == null ? "" : "sense " + sense.id());
            } else if (gloss.codePointCount(0, gloss.length()) == 1) {
                flag(QualityRule.SHORT_GLOSS, where + ".gloss", gloss);
            }
            text(where + ".gloss", gloss, GLOSS_LIMIT);
            each(where + ".labels", sense.labels(), WORD_LIMIT);
            each(where + ".examples", sense.examples(), EXAMPLE_LIMIT);
        }
    }

    private void forms(List<Form> forms) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; forms != null && i < forms.size(); i++) {
            Form form = forms.get(i);
            String where = "forms[" + i + "]";
            text(where + ".form", form.form(), WORD_LIMIT);
            List<String> tags = form.tags() == null ? List.of() : form.tags().stream().sorted().toList();
            if (!seen.add(form.form() + "\u0000" + tags)) {
                flag(QualityRule.DUPLICATE_FORM, where, form.form() + " " + tags);
            }
            ipa(where + ".ipa", form.ipa());
        }
    }

    private void translations(List<Translation> translations) {
        for (int i = 0; translations != null && i < translations.size(); i++) {
            Translation translation = translations.get(i);
            String where = "translations[" + i + "]";
            if (translation.word() == null || translation.word().isBlank()) {
                flag(QualityRule.TRANSLATION_WITHOUT_WORD, where, String.valueOf(translation.langCode()));
            } else {
                text(where + ".word", translation.word(), WORD_LIMIT);
            }
        }
    }

    private void relations(String kind, List<LinkedTerm> terms, String word) {
        for (int i = 0; terms != null && i < terms.size(); i++) {
            String term = terms.get(i).word();
            String where = kind + "[" + i + "]";
            if (term != null && !word.isEmpty() && term.strip().equalsIgnoreCase(word)) {
                flag(QualityRule.SELF_RELATION, where, term);
            }
            text(where, term, WORD_LIMIT);
        }
    }

    private void ipa(String where, List<String> transcriptions) {
        for (int i = 0; transcriptions != null && i < transcriptions.size(); i++) {
            String ipa = transcriptions.get(i);
            int bad = Ipa.firstNonIpa(ipa);
            if (bad >= 0) {
                flag(QualityRule.IPA_NOT_IPA, where + "[" + i + "]", ipa + " ('" + new String(Character.toChars(bad)) + "')");
            }
        }
    }

    private void hyphenation(List<String> syllables, String word) {
        if (syllables == null || syllables.isEmpty() || word.isEmpty()) {
            return;
        }
        String spelled = String.join("", syllables);
        if (!spelled.toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT))) {
            flag(QualityRule.HYPHENATION_MISMATCH, "hyphenation", String.join("·", syllables));
        }
    }

    private void each(String where, List<String> texts, int limit) {
        for (int i = 0; texts != null && i < texts.size(); i++) {
            text(where + "[" + i + "]", texts.get(i), limit);
        }
    }

    private void text(String where, String text, int limit) {
        if (text == null) {
            return;
        }
        String residue = Markup.residue(text);
        if (residue != null) {
            flag(QualityRule.MARKUP_RESIDUE, where, residue);
        }
        if (text.length() > limit) {
            flag(QualityRule.LONG_FIELD, where, text.length() + " characters, more than " + limit);
        }
    }

    private void flag(QualityRule rule, String where, String found) {
        String excerpt = found.length() <= EXCERPT ? found : found.substring(0, EXCERPT - 1) + "…";
        flags.add(new QualityFlag(rule, where, excerpt));
    }
}
