package org.aqea.itwiktionary;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aqea.address.FieldClassifier.Decision;
import org.aqea.address.FieldEvidence;
import org.aqea.address.GlossRules;
import org.aqea.address.SemanticField;
import org.aqea.lexicon.LexicalEntry;

/**
 * How the field classifier reads an entry glossed in Italian (the Italian edition's entries of every language), from
 * its first sense only, strongest evidence first: its subjects ({@code {{Term|zoologia|it}}}: rule
 * {@code label:zoologia}), its hypernyms, its English translations, then the genus of a noun's gloss (its first word
 * after the articles and a word of kind: "specie di pesce"). It names a field only where a word is in its tables.
 */
public final class ItalianGlossRules implements GlossRules {

    private static final Map<String, SemanticField> LABELS = FieldEvidence.table("""
            animals: zoologia ornitologia ittiologia entomologia mammiferi uccelli pesci insetti allevamento caccia
            plants: botanica piante alberi fiori micologia giardinaggio agricoltura
            weather: meteorologia climatologia
            geography: geografia geologia toponimo
            nature: biologia ecologia
            body: anatomia fisiologia
            medicine: medicina farmacologia farmacia patologia chirurgia odontoiatria veterinaria
            family: famiglia parentela
            emotion: sentimenti emozioni psicologia
            social: sociologia politica economia militare
            law: diritto giurisprudenza
            religion: religione teologia cristianesimo mitologia
            sport: sport calcio tennis ciclismo giochi
            music: musica
            food: gastronomia cucina alimentazione enologia
            clothing: abbigliamento moda
            transport: trasporti marina nautica aeronautica automobilismo ferrovia
            technology: tecnologia informatica elettronica elettrotecnica meccanica ingegneria
            chemistry: chimica biochimica mineralogia
            mathematics: matematica geometria aritmetica algebra statistica
            space: astronomia astrologia
            """);

    private static final Map<String, SemanticField> GENERA = FieldEvidence.table("""
            animals: animale mammifero uccello pesce insetto rettile anfibio serpente cane gatto cavallo mollusco crostaceo ragno verme roditore
            plants: pianta albero arbusto fiore erba fungo cereale alga felce
            geography: città paese fiume monte montagna isola regione villaggio continente mare lago oceano capitale provincia
            body: organo osso muscolo ghiandola
            medicine: malattia medicinale farmaco sintomo infezione infiammazione tumore
            family: parente
            profession: mestiere professione
            emotion: sentimento emozione
            religion: dio divinità
            music: strumento ballo danza
            food: alimento bevanda cibo piatto frutto verdura legume dolce formaggio pane salsa
            clothing: indumento vestito calzatura
            transport: veicolo nave imbarcazione aereo automobile
            tools: attrezzo utensile strumento
            chemistry: elemento metallo acido
            time: mese giorno periodo stagione
            colour: colore
            quantity: unità
            """);

    private static final Set<String> ARTICLES = Set.of("un", "uno", "una", "un'", "il", "lo", "la", "i", "gli", "le", "l'",
            "di", "del", "della");
    private static final Set<String> KINDS = Set.of("specie", "tipo", "genere", "varietà", "razza", "famiglia", "nome");

    @Override
    public String glossLanguage() {
        return "it";
    }

    @Override
    public Optional<Decision> classify(LexicalEntry entry) {
        return FieldEvidence.byLabelHypernymTranslationOrLeadingGenus(entry, LABELS, GENERA, ARTICLES, KINDS);
    }
}
