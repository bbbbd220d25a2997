package org.aqea.panlex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.aqea.dump.DumpPage;
import org.aqea.wikitext.PageBudget;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.SourceRef;
import org.aqea.lexicon.Translation;

/**
 * A page of {@link ExpressionPages} to its entry: the expression as lemma of its language, its translations with
 * PanLex's score and the dictionaries that give them. PanLex names no part of speech for most of its sources, so the
 * entry's is unknown; its language is named by PanLex's variety ({@code deu-000}). A page of a row the join left
 * out is refused with the row's table, line and fault.
 */
public final class ExpressionParser implements PageParser {

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
        List<Translation> translations = expression.translations().stream()
                .map(translation -> new Translation(translation.language(), translation.text(), List.of(), null, false,
                        List.of(), translation.variety(), translation.score(), translation.labels()))
                .toList();
        SourceRef source = new SourceRef(PanLexEdition.CODE, expression.text(), page.pageId(), page.revisionId(), 0,
                page.timestamp(), 0);
        return List.of(new LexicalEntry(expression.text(), expression.variety(), expression.language(),
                "unknown", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                translations, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, source, List.of()));
    }
}
