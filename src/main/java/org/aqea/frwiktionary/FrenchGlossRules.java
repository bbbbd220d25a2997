package org.aqea.frwiktionary;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aqea.address.FieldClassifier.Decision;
import org.aqea.address.FieldEvidence;
import org.aqea.address.GlossRules;
import org.aqea.address.SemanticField;
import org.aqea.lexicon.LexicalEntry;

/**
 * How the field classifier reads an entry glossed in French (the French edition's entries of every language), from
 * its first sense only, strongest evidence first:
 * <ol>
 *   <li>domain labels ({@code {{lexique|zoologie|fr}}}, {@code {{botanique|fr}}}): rule {@code label:zoologie};</li>
 *   <li>hypernyms (hyperonymes) tied to the first sense or to none: rule {@code hypernym:mammifère};</li>
 *   <li>English translations against English keyword lists: rule {@code translation:en:cat};</li>
 *   <li>the genus of a noun's gloss, its first word after an article or a word of kind ("Sorte de …"): rule
 *       {@code gloss:mammifère}.</li>
 * </ol>
 * It names a field only where one of these is sure; otherwise none.
 */
public final class FrenchGlossRules implements GlossRules {

    private static final Map<String, SemanticField> LABELS = FieldEvidence.table("""
            animals: zoologie ornithologie ichtyologie entomologie mammalogie herpétologie malacologie élevage chasse
            plants: botanique horticulture sylviculture mycologie arboriculture
            weather: météorologie climatologie
            geography: géographie géologie cartographie océanographie toponymie
            nature: biologie écologie
            body: anatomie physiologie
            medicine: médecine pharmacologie pharmacie pathologie chirurgie dentisterie psychiatrie médecine-vétérinaire
            family: famille généalogie
            emotion: sentiment
            social: sociologie politique économie militaire
            law: droit justice
            religion: religion théologie christianisme catholicisme islam judaïsme bouddhisme mythologie
            sport: sport football tennis cyclisme athlétisme rugby escrime équitation échecs
            music: musique
            food: cuisine gastronomie pâtisserie boulangerie œnologie viticulture boissons
            clothing: habillement couture mode textile
            transport: transport aéronautique automobile marine navigation ferroviaire chemin-de-fer astronautique
            technology: technique informatique électronique électricité mécanique internet télécommunications
            tools: outils
            chemistry: chimie biochimie minéralogie
            mathematics: mathématiques géométrie arithmétique algèbre statistiques
            time: chronologie calendrier
            space: astronomie astrologie
            colour: couleur couleurs
            quantity: métrologie
            """);

    /** Genera and hypernyms (lower case) that name a field. */
    private static final Map<String, SemanticField> GENERA = FieldEvidence.table("""
            animals: animal mammifère oiseau poisson insecte reptile amphibien batracien serpent chien chat cheval mollusque crustacé araignée ver rongeur primate cétacé passereau rapace
            plants: plante arbre arbuste arbrisseau fleur herbe champignon céréale algue fougère graminée liane
            weather: vent pluie tempête orage
            geography: ville pays fleuve rivière montagne île région commune village continent mer lac océan capitale province
            body: organe os muscle glande membre
            medicine: maladie médicament symptôme infection inflammation affection tumeur
            family: parent
            profession: métier profession
            emotion: sentiment émotion
            law: loi
            religion: dieu déesse divinité
            sport: sport
            music: instrument danse
            food: aliment boisson mets plat fruit légume gâteau pâtisserie fromage pain friandise sauce
            clothing: vêtement chaussure coiffure
            transport: véhicule bateau navire avion voiture embarcation
            tools: outil ustensile
            chemistry: élément métal acide
            time: mois jour période saison
            colour: couleur
            quantity: unité
            """);

    /** Words that open a gloss before its genus. */
    private static final Set<String> ARTICLES = Set.of("un", "une", "le", "la", "les", "l", "des", "du", "de", "d");
    /** Words of kind: the genus follows them ("Sorte de poisson", "Espèce de plante"). */
    private static final Set<String> KINDS = Set.of("sorte", "espèce", "genre", "variété", "type", "nom", "race", "famille");

    @Override
    public String glossLanguage() {
        return "fr";
    }

    @Override
    public Optional<Decision> classify(LexicalEntry entry) {
        return FieldEvidence.byLabelHypernymTranslationOrLeadingGenus(entry, LABELS, GENERA, ARTICLES, KINDS);
    }
}
