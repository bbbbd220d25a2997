package org.aqea.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.SourceRef;
import org.aqea.lexicon.Translation;
import org.junit.jupiter.api.Test;

class EntryValidatorTest {

    /** A clean entry, changed by each test where its rule looks. */
    private static final class Draft {
        String word = "Haus";
        String pos = "noun";
        List<String> posRaw = List.of("Substantiv");
        List<String> hyphenation = List.of("Haus");
        List<String> ipa = List.of("haʊ̯s");
        List<Sense> senses = new ArrayList<>(List.of(new Sense("1", "Gebäude, das Menschen zum Wohnen dient",
                List.of("Architektur"), List.of("Das Haus steht am Waldrand."))));
        List<Form> forms = new ArrayList<>(List.of(new Form("Hauses", List.of("genitive", "singular"), List.of("ˈhaʊ̯zəs")),
                new Form("Häuser", List.of("nominative", "plural"))));
        List<Translation> translations = new ArrayList<>(List.of(new Translation("en", "house", List.of("1"), null, false)));
        List<LinkedTerm> synonyms = new ArrayList<>(List.of(new LinkedTerm("Gebäude", List.of("1"))));
        String etymology = "von mittelhochdeutsch hūs";

        LexicalEntry build() {
            return new LexicalEntry(word, "Deutsch", "de", pos, posRaw, List.of("n"), hyphenation, ipa, List.of(), List.of(),
                    senses, forms, translations, synonyms, List.of(), List.of(), List.of(), List.of(), null, etymology,
                    new SourceRef("de", word, 1, 2, 0), List.of());
        }
    }

    private static List<String> flags(Draft draft) {
        return EntryValidator.check(draft.build()).flags().stream()
                .map(flag -> flag.rule().id() + " " + flag.where() + ": " + flag.found()).toList();
    }

    @Test
    void aCleanEntryScoresAHundred() {
        EntryQuality quality = EntryValidator.check(new Draft().build());
        assertEquals(List.of(), quality.flags());
        assertEquals(100, quality.score());
    }

    @Test
    void markupResidueInAnyTextIsFlaggedWithWhatWasLeft() {
        Draft draft = new Draft();
        draft.senses.set(0, new Sense("1", "Gebäude<ref>Duden</ref>", List.of(), List.of("ein {{Beispiel}}")));
        draft.translations.add(new Translation("fr", "[[maison]]", List.of("1"), null, false));
        draft.etymology = "von ''hūs'' &amp; mehr";
        draft.forms.add(new Form("Haus&nbsp;", List.of("dative")));
        assertEquals(List.of("markup_residue senses[0].gloss: <ref>",
                "markup_residue senses[0].examples[0]: {{",
                "markup_residue forms[2].form: &nbsp;",
                "markup_residue translations[1].word: [[",
                "markup_residue etymology: ''"), flags(draft));
    }

    @Test
    void plainTextThatLooksLikeMarkupIsNot() {
        Draft draft = new Draft();
        draft.senses.set(0, new Sense("1", "x < y, a & b, [1], {a}, rock 'n' roll, AT&T, <3", List.of(), List.of()));
        assertEquals(List.of(), flags(draft));
    }

    @Test
    void sensesNeedAGlossOfMoreThanOneCharacter() {
        Draft draft = new Draft();
        draft.senses.add(new Sense("2", " ", List.of(), List.of()));
        draft.senses.add(new Sense("3", "x", List.of(), List.of()));
        assertEquals(List.of("sense_without_gloss senses[1].gloss: sense 2", "short_gloss senses[2].gloss: x"), flags(draft));
    }

    @Test
    void theSameFormWithTheSameTagsTwiceIsADuplicate() {
        Draft draft = new Draft();
        draft.forms.add(new Form("Häuser", List.of("plural", "nominative")));
        draft.forms.add(new Form("Häuser", List.of("accusative", "plural")));
        assertEquals(List.of("duplicate_form forms[2]: Häuser [nominative, plural]"), flags(draft));
    }

    @Test
    void translationsNeedAWord() {
        Draft draft = new Draft();
        draft.translations.add(new Translation("it", "", List.of("1"), null, false));
        assertEquals(List.of("translation_without_word translations[1]: it"), flags(draft));
    }

    @Test
    void pronunciationsAreIpa() {
        Draft draft = new Draft();
        draft.ipa = List.of("ˈhaʊ̯s", "'haus", "ha:s", "HAUS", "[ˌʔɪnfɔʁmaˈt͡si̯oːn]", "ʃtʁaːsə ‿ ən");
        assertEquals(List.of("ipa_not_ipa ipa[1]: 'haus (''')", "ipa_not_ipa ipa[2]: ha:s (':')",
                "ipa_not_ipa ipa[3]: HAUS ('H')"), flags(draft));
    }

    @Test
    void syllablesSpellTheWord() {
        Draft draft = new Draft();
        draft.word = "Zucker";
        draft.hyphenation = List.of("Zuk", "ker");
        assertEquals(List.of("hyphenation_mismatch hyphenation: Zuk·ker"), flags(draft));
        draft.hyphenation = List.of("Zu", "cker");
        assertEquals(List.of(), flags(draft));
    }

    @Test
    void anEntryIsNotItsOwnSynonym() {
        Draft draft = new Draft();
        draft.synonyms.add(new LinkedTerm("haus", List.of("1")));
        assertEquals(List.of("self_relation synonyms[1]: haus"), flags(draft));
    }

    @Test
    void aPartOfSpeechTheEditionDidNotKnowIsFlaggedButAnInflectedFormIsNot() {
        Draft draft = new Draft();
        draft.pos = "unknown";
        draft.posRaw = List.of("Wortart unbekannt");
        assertEquals(List.of("unknown_pos pos: Wortart unbekannt"), flags(draft));
        draft.pos = "form";
        assertEquals(List.of(), flags(draft));
    }

    @Test
    void runAwayTextsAreTooLong() {
        Draft draft = new Draft();
        draft.senses.set(0, new Sense("1", "Gebäude ".repeat(200), List.of(), List.of()));
        assertEquals(List.of("long_field senses[0].gloss: 1599 characters, more than 1000"), flags(draft));
    }

    @Test
    void theScoreTakesEachRulesWeightOnce() {
        Draft draft = new Draft();
        draft.translations.add(new Translation("it", "", List.of("1"), null, false));
        draft.translations.add(new Translation("es", " ", List.of("1"), null, false));
        draft.senses.set(0, new Sense("1", "{{Gebäude}}", List.of(), List.of()));
        EntryQuality quality = EntryValidator.check(draft.build());
        assertEquals(3, quality.flags().size());
        assertEquals(100 - QualityRule.MARKUP_RESIDUE.weight() - QualityRule.TRANSLATION_WITHOUT_WORD.weight(), quality.score());

        draft.pos = "unknown";
        draft.senses.add(new Sense("2", "", List.of(), List.of()));
        draft.ipa = List.of("HAUS");
        draft.hyphenation = List.of("X");
        draft.synonyms.add(new LinkedTerm("Haus", List.of()));
        draft.forms.add(new Form("Häuser", List.of("plural", "nominative")));
        draft.senses.add(new Sense("3", "y", List.of(), List.of()));
        draft.etymology = "z".repeat(5_000);
        assertEquals(0, EntryValidator.check(draft.build()).score(), "never below 0");
    }

    @Test
    void theSameWordWithANearlyIdenticalFirstGlossInAnotherLanguageOfThePageIsReportedAtNoCost() {
        Draft german = new Draft();
        german.word = "Computer";
        german.hyphenation = List.of("Com", "pu", "ter");
        german.senses.set(0, new Sense("1", "elektronische Datenverarbeitungsanlage", List.of(), List.of()));
        LexicalEntry english = withLanguage(german.build(), "en", "elektronische Datenverarbeitungsanlage.");
        LexicalEntry french = withLanguage(german.build(), "fr", "ein Rechner");
        List<EntryQuality> qualities = EntryValidator.checkPage(List.of(german.build(), english, french));
        assertEquals(List.of(), qualities.get(0).flags());
        assertEquals(List.of(new QualityFlag(QualityRule.DUPLICATE_ACROSS_LANGUAGES, "senses[0].gloss", "as the de entry")),
                qualities.get(1).flags());
        assertEquals(100, qualities.get(1).score(), "reported, not a fault");
        assertEquals(List.of(), qualities.get(2).flags(), "another gloss");
        assertEquals(EntryValidator.check(english).flags(), List.of(), "alone, an entry has no page to compare with");
    }

    private static LexicalEntry withLanguage(LexicalEntry entry, String langCode, String gloss) {
        return new LexicalEntry(entry.word(), langCode, langCode, entry.pos(), entry.posRaw(), entry.genders(),
                entry.hyphenation(), entry.ipa(), entry.audio(), entry.rhymes(), List.of(new Sense("1", gloss, List.of(), List.of())),
                entry.forms(), entry.translations(), entry.synonyms(), entry.antonyms(), entry.hypernyms(), entry.hyponyms(),
                entry.related(), entry.formOf(), entry.etymology(), entry.source(), entry.warnings());
    }
}
