package org.aqea.nlwiktionary;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aqea.address.FieldClassifier.Decision;
import org.aqea.address.FieldEvidence;
import org.aqea.address.GlossRules;
import org.aqea.address.SemanticField;
import org.aqea.lexicon.LexicalEntry;

/**
 * How the field classifier reads an entry glossed in Dutch (the Dutch edition's entries of every language), from its
 * first sense only, strongest evidence first: its subjects ({@code {{zoölogie|nld}}}, {@code {{roofdieren|nld}}}:
 * rule {@code label:roofdieren}), its hypernyms, its English translations, then the genus of a noun's gloss (its first
 * word after the articles and a word of kind: "soort vis"). It names a field only where a word is in its tables.
 */
public final class DutchGlossRules implements GlossRules {

    private static final Map<String, SemanticField> LABELS = FieldEvidence.table("""
            animals: zoölogie dierkunde ornithologie vogels vissen insecten roofdieren zoogdieren veeteelt jacht
            plants: plantkunde botanie planten bomen bloemen tuinbouw landbouw
            weather: meteorologie weerkunde
            geography: aardrijkskunde geografie geologie toponiem
            nature: biologie ecologie
            body: anatomie fysiologie
            medicine: geneeskunde medisch farmacologie farmacie pathologie chirurgie tandheelkunde
            family: familie verwantschap
            emotion: gevoelens emoties psychologie
            social: sociologie politiek economie militair
            law: recht juridisch
            religion: religie theologie christendom mythologie
            sport: sport voetbal tennis wielrennen spel
            music: muziek
            food: voeding culinair kookkunst
            clothing: kleding mode
            transport: vervoer scheepvaart luchtvaart spoorwegen
            technology: techniek informatica elektronica elektriciteit mechanica
            chemistry: scheikunde chemie biochemie mineralogie
            mathematics: wiskunde meetkunde rekenkunde algebra statistiek
            space: sterrenkunde astronomie astrologie
            """);

    private static final Map<String, SemanticField> GENERA = FieldEvidence.table("""
            animals: dier zoogdier vogel vis insect reptiel amfibie slang hond kat paard weekdier schaaldier spin worm knaagdier
            plants: plant boom struik bloem kruid paddenstoel graan alg varen
            geography: stad land rivier berg eiland regio dorp continent zee meer oceaan hoofdstad provincie
            body: orgaan bot spier klier
            medicine: ziekte geneesmiddel symptoom infectie ontsteking tumor
            family: familielid verwant
            profession: beroep
            emotion: gevoel emotie
            religion: god godin godheid
            music: muziekinstrument dans
            food: voedsel drank gerecht vrucht groente peulvrucht kaas brood saus
            clothing: kledingstuk schoeisel
            transport: voertuig schip boot vliegtuig auto
            tools: werktuig gereedschap
            chemistry: element metaal zuur
            time: maand dag periode seizoen
            colour: kleur
            quantity: eenheid
            """);

    private static final Set<String> ARTICLES = Set.of("een", "de", "het", "van");
    private static final Set<String> KINDS = Set.of("soort", "type", "geslacht", "variëteit", "ras", "familie", "naam");

    @Override
    public String glossLanguage() {
        return "nl";
    }

    @Override
    public Optional<Decision> classify(LexicalEntry entry) {
        return FieldEvidence.byLabelHypernymTranslationOrLeadingGenus(entry, LABELS, GENERA, ARTICLES, KINDS);
    }
}
