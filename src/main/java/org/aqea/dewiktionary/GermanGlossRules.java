package org.aqea.dewiktionary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aqea.address.FieldClassifier.Decision;
import org.aqea.address.FieldEvidence;
import org.aqea.address.GlossRules;
import org.aqea.address.SemanticField;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.Sense;

/**
 * How the field classifier reads an entry glossed in German (the German edition's, a German Wikidata lexeme), from its
 * first sense only, strongest evidence first:
 * <ol>
 *   <li>subject labels ({@code {{K|Zoologie}}}): rule {@code label:Zoologie};</li>
 *   <li>hypernyms (Oberbegriffe), also as the head of a compound ({@code Haustier} ends in {@code tier}):
 *       rule {@code hypernym:Tier};</li>
 *   <li>English translations against English keyword lists: rule {@code translation:en:dog};</li>
 *   <li>the genus of a noun's gloss, its first noun, also as a compound head: rule {@code gloss:Kinderkrankheit}.</li>
 * </ol>
 */
public final class GermanGlossRules implements GlossRules {

    private static final Map<String, SemanticField> LABELS = FieldEvidence.table("""
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
    private static final Map<String, SemanticField> HEADS = FieldEvidence.table("""
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

    @Override
    public String glossLanguage() {
        return "de";
    }

    @Override
    public Optional<Decision> classify(LexicalEntry entry) {
        // The address describes the lexeme by its first sense: evidence tied to later senses only (Zug, the
        // train, has a hypernym of a sport in a later sense) decides nothing.
        List<Sense> first = FieldEvidence.firstSense(entry.senses());
        Optional<Decision> evidence = FieldEvidence.byLabelHypernymOrTranslation(entry, first, LABELS, GermanGlossRules::byHead);
        if (evidence.isPresent()) {
            return evidence;
        }
        String genus = first.isEmpty() || !FieldEvidence.isNoun(entry) ? null : genus(first.get(0).gloss());
        SemanticField field = genus == null ? null : byHead(genus);
        return field == null ? Optional.empty() : Optional.of(new Decision(field, "gloss:" + genus));
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
