package org.aqea.panlex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aqea.address.WordClass;
import org.aqea.dump.DumpPage;
import org.aqea.wikitext.PageBudget;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.SourceRef;
import org.aqea.lexicon.Translation;

/**
 * A page of {@link ExpressionPages} to its entries: the expression as lemma of its language, one entry per part of
 * speech its denotations have (unknown where PanLex names none), each with the translations of those meanings,
 * PanLex's score and the dictionaries that give them, and those meanings' definitions as senses (its own language's
 * first; each other one names its language); its language is named by PanLex's variety ({@code deu-000}).
 * A page of a row the join left out is refused with the row's table, line and fault.
 */
public final class ExpressionParser implements PageParser {

    private static final String UNKNOWN = "unknown";
    /** Entries in the order of PanLex's classes, unknown last. */
    private static final Comparator<String> BY_CLASS_ORDER = Comparator
            .comparingInt((String pos) -> PanLexClasses.order(pos)).thenComparing(Comparator.naturalOrder());

    private static String posOf(String wordClass) {
        return wordClass == null ? UNKNOWN : wordClass;
    }

    @Override
    public String edition() {
        return PanLexEdition.CODE;
    }

    @Override
    public List<LexicalEntry> parse(DumpPage page, PageBudget budget) {
        PanLexExpression expression;
        try {
            JsonNode tree = ExpressionPages.JSON.readTree(page.text());
            if (tree.has(ExpressionPages.REJECTED)) {
                throw new IllegalArgumentException(tree.get(ExpressionPages.REJECTED).asText());
            }
            expression = ExpressionPages.JSON.treeToValue(tree, PanLexExpression.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(page.title() + " is not an expression of a PanLex snapshot: "
                    + e.getOriginalMessage(), e);
        }
        // One entry per part of speech PanLex gives the expression, keyed on the page by its class's code so that it
        // keeps its place whatever other classes a later snapshot adds.
        Map<String, List<Translation>> translationsByClass = new TreeMap<>(BY_CLASS_ORDER);
        for (PanLexExpression.PanLexTranslation translation : expression.translations()) {
            translationsByClass.computeIfAbsent(posOf(translation.wordClass()), key -> new ArrayList<>()).add(
                    new Translation(translation.language(), translation.text(), List.of(), null, false, List.of(),
                            translation.variety(), translation.score(), translation.labels()));
        }
        // A definition that several meanings (several dictionaries) give is one sense.
        Map<String, Set<List<String>>> definitionsByClass = new TreeMap<>(BY_CLASS_ORDER);
        for (PanLexExpression.PanLexGloss definition : expression.definitions()) {
            definitionsByClass.computeIfAbsent(posOf(definition.wordClass()), key -> new LinkedHashSet<>())
                    .add(List.of(definition.language(), definition.text()));
        }
        Set<String> classes = new TreeSet<>(BY_CLASS_ORDER);
        classes.addAll(translationsByClass.keySet());
        classes.addAll(definitionsByClass.keySet());
        List<LexicalEntry> entries = new ArrayList<>();
        for (String pos : classes) {
            List<Sense> senses = new ArrayList<>();
            for (List<String> definition : definitionsByClass.getOrDefault(pos, Set.of())) {
                String language = definition.get(0);
                senses.add(new Sense(Integer.toString(senses.size() + 1), definition.get(1), List.of(), List.of(), null,
                        language.equals(expression.language()) ? null : language));
            }
            SourceRef source = new SourceRef(PanLexEdition.CODE, expression.text(), page.pageId(), page.revisionId(),
                    WordClass.ofPos(pos).code(), page.timestamp(), 0);
            entries.add(new LexicalEntry(expression.text(), expression.variety(), expression.language(), pos, List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), senses, List.of(),
                    translationsByClass.getOrDefault(pos, List.of()), List.of(), List.of(), List.of(), List.of(),
                    List.of(), null, null, source, List.of()));
        }
        return entries;
    }
}
