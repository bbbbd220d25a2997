package org.aqea.address;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.aqea.address.FieldClassifier.Decision;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.Translation;

/**
 * What every language's {@link GlossRules} share: word tables, the first sense and the evidence tied to it, and the
 * English keywords that an English translation is read by, whatever the entry's language.
 */
public final class FieldEvidence {

    private FieldEvidence() {
    }

    /** English keywords of the fields: an English translation names its field by them. */
    private static final Map<String, SemanticField> ENGLISH = table("""
            animals: animal dog cat horse cow bird fish insect lion tiger bear wolf fox mouse rat rabbit sheep goat pig chicken duck snake bee ant spider whale dolphin monkey elephant deer owl eagle frog butterfly
            plants: plant tree flower rose grass bush herb oak pine birch lily tulip moss fern mushroom
            weather: weather rain snow wind storm thunder lightning fog hail frost cloud
            geography: river mountain lake sea ocean island valley city country town village continent hill desert forest
            body: body head arm leg hand foot eye ear nose mouth tooth heart liver lung skin bone blood finger knee
            medicine: disease illness medicine drug fever cold pain infection doctor hospital wound cancer flu
            family: mother father brother sister son daughter uncle aunt cousin grandmother grandfather parent family child wife husband
            profession: teacher baker farmer carpenter nurse lawyer engineer butcher plumber painter writer pilot
            emotion: love hate fear anger joy sadness happiness grief envy hope shame
            law: law court judge crime contract theft murder
            religion: god church prayer angel devil heaven hell priest religion saint
            sport: sport football soccer tennis game match goal ball race chess
            music: music song piano guitar violin drum flute trumpet melody choir
            food: food bread cheese meat apple pear milk beer wine water soup cake sugar salt butter egg fruit vegetable potato
            clothing: shirt trousers pants dress coat hat shoe shoes sock jacket skirt glove scarf
            transport: car bus train ship boat bicycle bike plane airplane truck vehicle
            technology: computer machine device phone telephone engine robot software internet
            tools: hammer saw screwdriver tool knife axe drill shovel pliers
            chemistry: iron gold silver copper oxygen hydrogen acid carbon
            time: day week month year hour minute morning evening night monday january spring summer winter autumn
            colour: red blue green yellow black white colour color brown purple
            quantity: metre meter kilogram litre gram dozen
            """);

    /** The English keywords with more words of a language's rules over them. */
    public static Map<String, SemanticField> withEnglishKeywords(Map<String, SemanticField> words) {
        Map<String, SemanticField> all = new HashMap<>(ENGLISH);
        all.putAll(words);
        return all;
    }

    /** A table of words by field, one field a line ({@code animals: Tier Hund}): lower case, {@code -} read as a space. */
    public static Map<String, SemanticField> table(String text) {
        Map<String, SemanticField> table = new HashMap<>();
        for (String line : text.strip().split("\n")) {
            int colon = line.indexOf(':');
            SemanticField field = SemanticField.ofId(line.substring(0, colon).strip());
            for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                table.put(word.toLowerCase(Locale.ROOT).replace('-', ' '), field);
            }
        }
        return table;
    }

    /** The field an English translation of the first sense names, if one does. */
    public static Optional<Decision> byEnglishTranslation(LexicalEntry entry, List<Sense> first) {
        for (Translation translation : entry.translations()) {
            if ("en".equals(translation.langCode()) && ofFirstSense(translation.senseIds(), first)) {
                SemanticField field = ENGLISH.get(translation.word().toLowerCase(Locale.ROOT));
                if (field != null) {
                    return Optional.of(new Decision(field, "translation:en:" + translation.word()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The senses of the first sense number: {@code 1} and its subsenses {@code 1a}, {@code 1b} (German numbering),
     * or {@code 1.1} (English).
     */
    public static List<Sense> firstSense(List<Sense> senses) {
        if (senses.isEmpty()) {
            return senses;
        }
        String number = leadingDigits(senses.get(0).id());
        return senses.stream().filter(s -> number.equals(leadingDigits(s.id()))).toList();
    }

    private static String leadingDigits(String id) {
        int end = 0;
        while (id != null && end < id.length() && Character.isDigit(id.charAt(end))) {
            end++;
        }
        return id == null ? "" : id.substring(0, end);
    }

    /** Evidence for no sense in particular counts for the first, as evidence for one of the first sense's ids. */
    public static boolean ofFirstSense(List<String> senseIds, List<Sense> first) {
        return senseIds == null || senseIds.isEmpty() || first.isEmpty()
                || first.stream().anyMatch(sense -> senseIds.contains(sense.id()));
    }

    /** The field the first subject label of the first sense names in {@code labels} ({@code Zoologie}), if one does. */
    public static Optional<Decision> byLabel(List<Sense> first, Map<String, SemanticField> labels) {
        for (Sense sense : first) {
            for (String label : sense.labels()) {
                SemanticField field = labels.get(label.toLowerCase(Locale.ROOT));
                if (field != null) {
                    return Optional.of(new Decision(field, "label:" + label));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The evidence a language's rules weigh first, strongest first: a subject label of the first sense (in
     * {@code labels}), then a hypernym of it or of no sense in particular (its field by {@code hypernymField}, or
     * none), then an English translation of it.
     */
    public static Optional<Decision> byLabelHypernymOrTranslation(LexicalEntry entry, List<Sense> first,
                                                                  Map<String, SemanticField> labels,
                                                                  Function<String, SemanticField> hypernymField) {
        Optional<Decision> labelled = byLabel(first, labels);
        if (labelled.isPresent()) {
            return labelled;
        }
        for (LinkedTerm hypernym : entry.hypernyms()) {
            SemanticField field = ofFirstSense(hypernym.senseIds(), first) ? hypernymField.apply(hypernym.word()) : null;
            if (field != null) {
                return Optional.of(new Decision(field, "hypernym:" + hypernym.word()));
            }
        }
        return byEnglishTranslation(entry, first);
    }

    /**
     * The genus of a gloss in a language that puts it first ("Mammifère carnivore", "Especie de pez"): its first word,
     * lower case, after the {@code articles} and one word of kind ({@code kinds}: "sorte", "especie"); {@code null} for
     * a gloss without words.
     */
    public static String leadingGenus(String gloss, Set<String> articles, Set<String> kinds) {
        boolean afterKind = false;
        for (String word : gloss.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty() || articles.contains(word)) {
                continue;
            }
            if (!afterKind && kinds.contains(word)) {
                afterKind = true;
                continue;
            }
            return word;
        }
        return null;
    }

    /**
     * The rules of a language whose glosses put their genus first (French, Spanish): a subject label, a hypernym, an
     * English translation (see {@link #byLabelHypernymOrTranslation}), then a noun's genus ({@link #leadingGenus}),
     * each counting only where its word is in {@code labels} or {@code genera}.
     */
    public static Optional<Decision> byLabelHypernymTranslationOrLeadingGenus(LexicalEntry entry,
            Map<String, SemanticField> labels, Map<String, SemanticField> genera, Set<String> articles, Set<String> kinds) {
        List<Sense> first = firstSense(entry.senses());
        Optional<Decision> evidence = byLabelHypernymOrTranslation(entry, first, labels,
                word -> genera.get(word.toLowerCase(Locale.ROOT)));
        if (evidence.isPresent()) {
            return evidence;
        }
        String genus = first.isEmpty() || !isNoun(entry) ? null : leadingGenus(first.get(0).gloss(), articles, kinds);
        SemanticField field = genus == null ? null : genera.get(genus);
        return field == null ? Optional.empty() : Optional.of(new Decision(field, "gloss:" + genus));
    }

    /** Whether the entry is a noun or a name. */
    public static boolean isNoun(LexicalEntry entry) {
        WordClass wordClass = WordClass.ofPos(entry.pos());
        return wordClass == WordClass.NOUN || wordClass == WordClass.PROPER_NOUN;
    }

}
