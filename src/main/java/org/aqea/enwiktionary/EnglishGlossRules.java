package org.aqea.enwiktionary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aqea.address.FieldClassifier.Decision;
import org.aqea.address.FieldEvidence;
import org.aqea.address.GlossRules;
import org.aqea.address.SemanticField;
import org.aqea.address.WordClass;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Sense;

/**
 * How the field classifier reads an entry glossed in English (an English-edition entry of any language, an English
 * Wikidata lexeme): labels, hypernyms, then a first gloss of a noun that is a translation or opens with its genus.
 */
public final class EnglishGlossRules implements GlossRules {

    /**
     * Labels of the English edition ({@code {{lb|en|zoology}}}), lower case. Physics is left out on purpose: the German
     * table's Physik → technology put {@code Zeit} into technology; so is psychology, the science of the mind, whose
     * terms are mostly no feelings ({@code inhibition}).
     */
    private static final Map<String, SemanticField> ENGLISH_LABELS = FieldEvidence.table("""
            animals: zoology ornithology ichthyology entomology mammalogy herpetology malacology hunting animal-husbandry
            plants: botany horticulture gardening forestry mycology
            weather: meteorology weather climatology
            geography: geography geology cartography oceanography toponymy
            nature: biology ecology
            body: anatomy physiology
            medicine: medicine pharmacology pathology surgery dentistry psychiatry veterinary-medicine diseases medical pharmacy
            family: genealogy kinship
            social: sociology politics government economics business military education
            law: law legal
            religion: religion theology christianity islam judaism buddhism hinduism mythology biblical ecclesiastical
            sport: sports sport football soccer chess tennis athletics gymnastics boxing skiing baseball basketball cricket golf
            music: music musical-instruments
            food: cooking cuisine culinary food beverages baking wine brewing gastronomy
            clothing: fashion clothing textiles sewing
            transport: transport aviation nautical shipping rail automotive vehicles astronautics
            technology: technology computing electronics electrical-engineering engineering internet telecommunications programming software
            tools: tools
            chemistry: chemistry biochemistry mineralogy
            mathematics: mathematics geometry arithmetic statistics algebra
            time: time calendar chronology
            space: astronomy astrology
            colour: colour color colors colours
            quantity: units-of-measure metrology
            """);

    /** Class words of English glosses and hypernyms besides the English keywords': {@code mammal}, {@code disease} ... */
    private static final Map<String, SemanticField> ENGLISH_HEADS = FieldEvidence.withEnglishKeywords(FieldEvidence.table("""
            animals: mammal reptile amphibian canine feline rodent primate ungulate livestock poultry beast
            plants: shrub vine weed cereal crop
            body: organ muscle limb
            medicine: symptom injury inflammation syndrome disorder medication
            family: relative
            profession: profession occupation worker craftsman
            emotion: emotion feeling mood
            food: dish beverage drink meal spice pastry
            clothing: garment clothing footwear headgear
            transport: vessel aircraft
            tools: implement
            chemistry: element compound metal
            mathematics: number
            colour: hue
            quantity: unit
            """));

    /** Fields of the roles a person has, which a name does not take from its hypernym. */
    private static final Set<SemanticField> PERSONS_ROLES = Set.of(SemanticField.PROFESSION, SemanticField.FAMILY);

    @Override
    public String glossLanguage() {
        return "en";
    }

    /**
     * English labels, English hypernyms (a phrase by its last
     * word, {@code domestic animal}), then the first gloss of a noun when it is no more than a translation
     * ({@code dog}, {@code a dog; a hound}), word by word, or by the genus of a definition ({@code englishGenus}).
     * Other words of a longer gloss decide nothing: its keywords say too little; nor does another part of speech's
     * gloss ({@code cold} is an adjective far more often than an illness).
     */
    @Override
    public Optional<Decision> classify(LexicalEntry entry) {
        List<Sense> first = FieldEvidence.firstSense(entry.senses());
        Optional<Decision> labelled = FieldEvidence.byLabel(first, ENGLISH_LABELS);
        if (labelled.isPresent()) {
            return labelled;
        }
        boolean name = WordClass.ofPos(entry.pos()) == WordClass.PROPER_NOUN;
        for (LinkedTerm hypernym : entry.hypernyms()) {
            SemanticField field = FieldEvidence.ofFirstSense(hypernym.senseIds(), first) ? englishHead(hypernym.word()) : null;
            // A named person is of no profession's or family's field (Picasso is no painter's trade).
            if (field != null && !(name && PERSONS_ROLES.contains(field))) {
                return Optional.of(new Decision(field, "hypernym:" + hypernym.word()));
            }
        }
        if (!entry.senses().isEmpty() && WordClass.ofPos(entry.pos()) == WordClass.NOUN) {
            String[] parts = entry.senses().get(0).gloss().replaceAll("\\(.*?\\)", " ").split("[,;]");
            for (int i = 0; i < parts.length; i++) {
                String words = withoutArticle(parts[i].strip().toLowerCase(Locale.ROOT).replaceAll("[.:]$", ""));
                // Translations (a dog; a hound) each; of a definition only the genus, its first noun phrase.
                String genus = words.split(" ").length <= 2 ? words : i == 0 ? englishGenus(words) : "";
                SemanticField field = genus.isEmpty() ? null : englishHead(genus);
                if (field != null) {
                    return Optional.of(new Decision(field, "gloss:" + genus));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Class words that name things of several fields ({@code vessel}: a ship or a bucket; {@code unit}: of measure, of an
     * army, of language; {@code plant}: a flower or a mill): as a hypernym or a gloss alone they decide nothing, found
     * on WordNet's nouns (FieldClassifierWordNetTest).
     */
    private static final Set<String> AMBIGUOUS_HEADS = Set.of("vessel", "disorder", "device", "unit", "salt", "water",
            "race", "match", "game", "drug", "plant", "instrument", "organ", "element", "compound", "number", "figure",
            "cold", "goal", "ball", "body", "hand", "phone", "meter", "plane", "head", "arm", "limb", "cloud", "child");

    /**
     * The field of an English word or phrase, by the phrase or its last word ({@code domestic animal}); a phrase with
     * {@code of} only as a whole ({@code body of water} is no body, nor water).
     */
    private static SemanticField englishHead(String phrase) {
        String lower = phrase.strip().toLowerCase(Locale.ROOT);
        SemanticField field = englishClassWord(lower);
        if (field == null && lower.indexOf(' ') > 0 && !lower.contains(" of ")) {
            field = englishClassWord(lower.substring(lower.lastIndexOf(' ') + 1));
        }
        if (field == null && lower.endsWith("s") && lower.length() > 3 && lower.indexOf(' ') < 0) {
            field = englishClassWord(lower.substring(0, lower.length() - 1));
        }
        return field;
    }

    private static SemanticField englishClassWord(String word) {
        return AMBIGUOUS_HEADS.contains(word) ? null : ENGLISH_HEADS.get(word);
    }

    /** Words after which the genus of an English definition has ended: a preposition or a participle. */
    private static final Set<String> GENUS_ENDS = Set.of("of", "with", "without", "in", "on", "at", "for", "from", "by",
            "to", "as", "used", "having", "consisting", "characterized", "made", "resembling", "especially", "usually",
            "typically");

    /**
     * The genus of an English definition when it is one word followed by a preposition or a participle
     * ({@code insect having biting mouthparts}, {@code a feeling of evil to come}); else none. A longer phrase is too
     * often no noun phrase ({@code increased blood in}, {@code thin coat of paint}); a relative clause may take back
     * what the genus says ({@code food that is discarded}).
     */
    private static String englishGenus(String definition) {
        String[] words = definition.split("\\s+", 3);
        return words.length >= 2 && GENUS_ENDS.contains(words[1]) ? words[0] : "";
    }

    private static String withoutArticle(String words) {
        for (String article : new String[] {"a ", "an ", "the "}) {
            if (words.startsWith(article)) {
                return words.substring(article.length());
            }
        }
        return words;
    }

}
