package org.aqea.ptwiktionary;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aqea.address.FieldClassifier.Decision;
import org.aqea.address.FieldEvidence;
import org.aqea.address.GlossRules;
import org.aqea.address.SemanticField;
import org.aqea.lexicon.LexicalEntry;

/**
 * How the field classifier reads an entry glossed in Portuguese (the Portuguese edition's entries of every language),
 * from its first sense only, strongest evidence first: its subjects ({@code {{escopo|pt|Zoologia}}}: rule
 * {@code label:Zoologia}), its hypernyms, its English translations, then the genus of a noun's gloss (its first word
 * after the articles and a word of kind: "espécie de peixe"). It names a field only where a word is in its tables.
 */
public final class PortugueseGlossRules implements GlossRules {

    private static final Map<String, SemanticField> LABELS = FieldEvidence.table("""
            animals: zoologia ornitologia ictiologia entomologia mamíferos aves peixes insetos pecuária caça
            plants: botânica plantas árvores flores micologia jardinagem agricultura
            weather: meteorologia climatologia
            geography: geografia geologia toponímia
            nature: biologia ecologia
            body: anatomia fisiologia
            medicine: medicina farmacologia farmácia patologia cirurgia odontologia veterinária
            family: família parentesco
            emotion: sentimentos emoções psicologia
            social: sociologia política economia militar
            law: direito
            religion: religião teologia cristianismo mitologia
            sport: desporto esporte futebol ténis tênis ciclismo jogos
            music: música
            food: culinária gastronomia alimentação
            clothing: vestuário moda
            transport: transporte náutica aeronáutica automobilismo ferrovia
            technology: tecnologia informática eletrônica electrónica eletricidade mecânica engenharia
            chemistry: química bioquímica mineralogia
            mathematics: matemática geometria aritmética álgebra estatística
            space: astronomia astrologia
            """);

    private static final Map<String, SemanticField> GENERA = FieldEvidence.table("""
            animals: animal mamífero ave pássaro peixe inseto réptil anfíbio serpente cão gato cavalo molusco crustáceo aranha verme roedor
            plants: planta árvore arbusto flor erva fungo cereal alga feto
            geography: cidade país rio monte montanha ilha região aldeia continente mar lago oceano capital província
            body: órgão osso músculo glândula
            medicine: doença medicamento sintoma infecção inflamação tumor
            family: parente
            profession: ofício profissão
            emotion: sentimento emoção
            religion: deus deusa divindade
            music: instrumento dança
            food: alimento bebida comida prato fruta fruto legume doce queijo pão molho
            clothing: peça vestido calçado
            transport: veículo navio barco embarcação avião automóvel carro
            tools: ferramenta utensílio
            chemistry: elemento metal ácido
            time: mês dia período estação
            colour: cor
            quantity: unidade
            """);

    private static final Set<String> ARTICLES = Set.of("um", "uma", "o", "a", "os", "as", "de", "do", "da");
    private static final Set<String> KINDS = Set.of("espécie", "tipo", "género", "gênero", "variedade", "raça", "família",
            "nome");

    @Override
    public String glossLanguage() {
        return "pt";
    }

    @Override
    public Optional<Decision> classify(LexicalEntry entry) {
        return FieldEvidence.byLabelHypernymTranslationOrLeadingGenus(entry, LABELS, GENERA, ARTICLES, KINDS);
    }
}
