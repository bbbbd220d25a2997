package org.aqea.address;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aqea.edition.Edition;
import org.aqea.edition.Editions;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.Translation;

/**
 * Chooses the semantic field of an entry by the evidence order of the AQEA spec, strongest first, from the first
 * sense only (the sense the address describes: its number and subsenses, and evidence tied to no sense); for an
 * entry of the German edition:
 * <ol>
 *   <li>subject labels ({@code {{K|Zoologie}}}): rule {@code label:Zoologie};</li>
 *   <li>hypernyms (Oberbegriffe), also as the head of a compound ({@code Haustier} ends in {@code tier}):
 *       rule {@code hypernym:Tier};</li>
 *   <li>English translations against English keyword lists: rule {@code translation:en:dog};</li>
 *   <li>the genus of a noun's gloss, its first noun, also as a compound head: rule {@code gloss:Kinderkrankheit};</li>
 *   <li>otherwise {@code general}, which is never a wrong field: rule {@code default}.</li>
 * </ol>
 * An entry of the English edition (of any language) is read in English: labels, hypernyms, then a first gloss of a
 * noun that is a translation or opens with its genus (see {@code classifyEnglishGlossed}); so is a Wikidata lexeme of
 * English, a German one as above, and one of another language only by its English translations. A lexeme that has an
 * address keeps it whatever a later classification says: the allocator finds its key's address first.
 * The rule is stored with the entry ({@code meta.aqea.field_rule}), so every decision can be explained.
 */
public final class FieldClassifier {

    /** The field and the rule that decided it. */
    public record Decision(SemanticField field, String rule) {
    }

    private static final Map<String, SemanticField> LABELS = table("""
            animals: Zoologie Ornithologie Ichthyologie Entomologie Tierhaltung Jagd Jägersprache
            plants: Botanik Gartenbau Forstwirtschaft Pflanzenkunde Mykologie
            weather: Meteorologie Wetter Klimatologie
            geography: Geographie Geografie Geologie Kartografie Ozeanografie
            nature: Biologie Ökologie Naturkunde Umwelt
            body: Anatomie Physiologie
            medicine: Medizin Pharmazie Pharmakologie Zahnmedizin Psychiatrie Pathologie Chirurgie Tiermedizin
            family: Verwandtschaft Genealogie
            profession: Beruf Arbeitswelt Handwerk
            emotion: Psychologie
            social: Soziologie Politik Gesellschaft Pädagogik Wirtschaft Ökonomie Militär
            law: Recht Rechtswesen Jura Rechtswissenschaft Strafrecht
            religion: Religion Theologie Christentum Islam Judentum Buddhismus Mythologie Bibel Kirche
            sport: Sport Fußball Schach Tennis Leichtathletik Turnen Reitsport Boxen Skisport
            music: Musik Musiktheorie Musikinstrument Oper
            food: Gastronomie Kochkunst Küche Kulinarik Lebensmittel Getränk Weinbau Bäckerei
            clothing: Mode Textil Schneiderei Bekleidung
            transport: Verkehr Luftfahrt Schifffahrt Seefahrt Eisenbahn Kfz Kraftfahrzeug Nautik Raumfahrt
            technology: Technik EDV Informatik Elektronik Elektrotechnik Maschinenbau Internet Computer Telekommunikation
            tools: Werkzeug Handwerkzeug
            chemistry: Chemie Biochemie Mineralogie
            mathematics: Mathematik Geometrie Arithmetik Statistik Algebra
            time: Zeitrechnung Kalender Chronologie
            space: Astronomie Astrologie
            colour: Farbe Farblehre
            quantity: Maßeinheit Metrologie
            """);

    /** Heads of German hypernyms and gloss words (lower case); a compound whose last part is a head counts too. */
    private static final Map<String, SemanticField> HEADS = table("""
            animals: tier säugetier vogel fisch insekt reptil amphibie raubtier haustier nutztier hund katze pferd rind huhn affe wal spinne wurm schlange käfer
            plants: pflanze baum blume strauch kraut gras pilz getreide blüte busch nadelbaum laubbaum
            weather: wetter niederschlag wind sturm wetterlage unwetter gewitter
            geography: stadt land staat fluss berg gebirge gewässer insel kontinent see meer region ort landschaft hauptstadt
            body: körperteil organ knochen muskel gliedmaße körper
            medicine: krankheit erkrankung medikament arznei arzneimittel symptom infektion verletzung therapie entzündung
            family: verwandter verwandte familienmitglied familie angehöriger elternteil
            profession: beruf berufsbezeichnung handwerker arbeiter fachkraft
            emotion: gefühl emotion empfindung stimmung affekt
            social: gruppe gesellschaft organisation institution partei verein
            law: gesetz recht straftat verbrechen vertrag gericht
            religion: gott gottheit religion heiliger sakrament glaube kirche
            sport: sport sportart ballsportart spiel wettkampf disziplin
            music: musikinstrument instrument musikstück lied tanz musikrichtung
            food: speise getränk lebensmittel nahrungsmittel obst gemüse gericht gebäck frucht süßigkeit gewürz alkohol fleisch käse brot
            clothing: kleidungsstück kleidung bekleidung schuh kopfbedeckung
            transport: fahrzeug verkehrsmittel auto schiff flugzeug boot
            technology: gerät maschine apparat technik computer software
            tools: werkzeug handwerkzeug
            chemistry: element metall chemisches stoff säure verbindung
            mathematics: zahl figur rechenart
            time: zeitabschnitt zeitraum zeiteinheit monat wochentag jahreszeit tageszeit
            colour: farbe farbton
            quantity: maßeinheit menge
            """);

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

    /**
     * Labels of the English edition ({@code {{lb|en|zoology}}}), lower case. Physics is left out on purpose: the German
     * table's Physik → technology put {@code Zeit} into technology; so is psychology, the science of the mind, whose
     * terms are mostly no feelings ({@code inhibition}).
     */
    private static final Map<String, SemanticField> ENGLISH_LABELS = table("""
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

    /** Class words of English glosses and hypernyms besides {@link #ENGLISH}'s: {@code mammal}, {@code disease} ... */
    private static final Map<String, SemanticField> ENGLISH_HEADS = withEnglish(table("""
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

    private static Map<String, SemanticField> withEnglish(Map<String, SemanticField> heads) {
        Map<String, SemanticField> all = new HashMap<>(ENGLISH);
        all.putAll(heads);
        return all;
    }

    private static Map<String, SemanticField> table(String text) {
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

    /**
     * Read in the language of the entry's glosses ({@link Edition#glossLanguage}): German or English by their own
     * tables; any other (Wikidata's lexemes glossed in their language) only by the English translations of the
     * first sense, since no table here reads those glosses.
     */
    public Decision classify(LexicalEntry entry) {
        String glosses = entry.source() == null ? GERMAN_GLOSSES : Editions.of(entry.source().edition())
                .map(edition -> edition.glossLanguage(entry)).orElse(entry.source().edition());
        return switch (glosses == null ? "" : glosses) {
            case ENGLISH_GLOSSES -> classifyEnglishGlossed(entry);
            case GERMAN_GLOSSES -> classifyGermanGlossed(entry);
            default -> byEnglishTranslation(entry, firstSense(entry.senses())).orElse(DEFAULT);
        };
    }

    private Decision classifyGermanGlossed(LexicalEntry entry) {
        // The address describes the lexeme by its first sense: evidence tied to later senses only (Zug, the
        // train, has a hypernym of a sport in a later sense) decides nothing.
        List<Sense> first = firstSense(entry.senses());
        for (Sense sense : first) {
            for (String label : sense.labels()) {
                SemanticField field = LABELS.get(label.toLowerCase(Locale.ROOT));
                if (field != null) {
                    return new Decision(field, "label:" + label);
                }
            }
        }
        for (LinkedTerm hypernym : entry.hypernyms()) {
            SemanticField field = ofFirstSense(hypernym.senseIds(), first) ? byHead(hypernym.word()) : null;
            if (field != null) {
                return new Decision(field, "hypernym:" + hypernym.word());
            }
        }
        Optional<Decision> translated = byEnglishTranslation(entry, first);
        if (translated.isPresent()) {
            return translated.get();
        }
        String genus = first.isEmpty() || !isNoun(entry) ? null : genus(first.get(0).gloss());
        SemanticField field = genus == null ? null : byHead(genus);
        if (field != null) {
            return new Decision(field, "gloss:" + genus);
        }
        return DEFAULT;
    }

    /** The field an English translation of the first sense names, if one does. */
    private static Optional<Decision> byEnglishTranslation(LexicalEntry entry, List<Sense> first) {
        for (Translation translation : entry.translations()) {
            if (translation.langCode().equals("en") && ofFirstSense(translation.senseIds(), first)) {
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
    private static List<Sense> firstSense(List<Sense> senses) {
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
    private static boolean ofFirstSense(List<String> senseIds, List<Sense> first) {
        return senseIds == null || senseIds.isEmpty() || first.isEmpty()
                || first.stream().anyMatch(sense -> senseIds.contains(sense.id()));
    }

    private static boolean isNoun(LexicalEntry entry) {
        WordClass wordClass = WordClass.ofPos(entry.pos());
        return wordClass == WordClass.NOUN || wordClass == WordClass.PROPER_NOUN;
    }

    /** Capitalised words that open a German gloss before its genus ({@code Ein Gerät ...}): skipped. */
    private static final Set<String> ARTICLES = Set.of("Ein", "Eine", "Einer", "Eines", "Einem",
            "Einen", "Der", "Die", "Das", "Des", "Dem", "Den");

    /** A genus that says nothing of a field ({@code Person}, {@code Sache}, {@code Bezeichnung} ...). */
    private static final Set<String> EMPTY_GENERA = Set.of("Jemand", "Etwas", "Person", "Sache",
            "Bezeichnung", "Kurzform", "Abkürzung", "Plural", "Singular", "Form", "Art");

    /**
     * The genus of a German noun's gloss: its first noun ({@code Haustier} in "ein Haustier, das bellt"). Only it
     * counts: a noun further on says what the thing has or does, not what it is ({@code Sauerstoff} in a gloss of
     * {@code Tier}, {@code Beispiel} in one of {@code schön}).
     */
    private static String genus(String gloss) {
        for (String word : gloss.split("[^\\p{L}]+")) {
            if (word.length() > 2 && Character.isUpperCase(word.charAt(0)) && !ARTICLES.contains(word)) {
                return EMPTY_GENERA.contains(word) ? null : word;
            }
        }
        return null;
    }

    /** Fields of the roles a person has, which a name does not take from its hypernym. */
    private static final Set<SemanticField> PERSONS_ROLES = Set.of(SemanticField.PROFESSION, SemanticField.FAMILY);

    private static final String ENGLISH_GLOSSES = "en";
    private static final String GERMAN_GLOSSES = "de";
    private static final Decision DEFAULT = new Decision(SemanticField.GENERAL, "default");

    /**
     * An entry of the English edition, of any language: English labels, English hypernyms (a phrase by its last
     * word, {@code domestic animal}), then the first gloss of a noun when it is no more than a translation
     * ({@code dog}, {@code a dog; a hound}), word by word, or by the genus of a definition ({@code englishGenus}).
     * Other words of a longer gloss decide nothing: its keywords say too little; nor does another part of speech's
     * gloss ({@code cold} is an adjective far more often than an illness).
     */
    private static Decision classifyEnglishGlossed(LexicalEntry entry) {
        List<Sense> first = firstSense(entry.senses());
        for (Sense sense : first) {
            for (String label : sense.labels()) {
                SemanticField field = ENGLISH_LABELS.get(label.toLowerCase(Locale.ROOT));
                if (field != null) {
                    return new Decision(field, "label:" + label);
                }
            }
        }
        boolean name = WordClass.ofPos(entry.pos()) == WordClass.PROPER_NOUN;
        for (LinkedTerm hypernym : entry.hypernyms()) {
            SemanticField field = ofFirstSense(hypernym.senseIds(), first) ? englishHead(hypernym.word()) : null;
            // A named person is of no profession's or family's field (Picasso is no painter's trade).
            if (field != null && !(name && PERSONS_ROLES.contains(field))) {
                return new Decision(field, "hypernym:" + hypernym.word());
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
                    return new Decision(field, "gloss:" + genus);
                }
            }
        }
        return DEFAULT;
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

    /**
     * Words that end in a head without being compounds of it: derivations whose ending only looks like one
     * ({@code Beispiel} is no Spiel, {@code Übereinstimmung} no mood).
     */
    private static final Set<String> NOT_COMPOUNDS = Set.of("beispiel", "übereinstimmung",
            "zustimmung", "abstimmung", "bestimmung", "einstimmung");

    /** The field of a word or of the head of a compound, such as {@code Raubtier} for {@code tier}. */
    private static SemanticField byHead(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (NOT_COMPOUNDS.contains(lower)) {
            return null;
        }
        SemanticField field = HEADS.get(lower);
        if (field != null) {
            return field;
        }
        for (int i = 1; i < lower.length() - 2; i++) {
            field = HEADS.get(lower.substring(i));
            if (field != null && lower.length() - i >= 4) {
                return field;
            }
        }
        return null;
    }
}
