package org.aqea.store;

import java.util.ArrayList;
import java.util.List;
import org.aqea.address.AqeaConverter;
import org.aqea.address.Lexeme;
import org.aqea.dump.DumpPage;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.quality.EntryQuality;
import org.aqea.quality.EntryValidator;
import org.aqea.wikitext.PageBudget;

/** A page to its entry rows: parse with an edition's parser, validate, classify, key; the address comes later. */
public final class EntryRows {

    private final PageParser parser;
    private final TakenLanguages languages;
    private final AqeaConverter converter = new AqeaConverter();

    /**
     * @param parser    the edition's parser; like it, an instance serves one thread
     * @param languages the languages whose entries the run takes
     */
    public EntryRows(PageParser parser, TakenLanguages languages) {
        this.parser = parser;
        this.languages = languages;
    }

    /**
     * @throws PageBudget.OverBudget when parsing takes longer than the budget
     * @throws RuntimeException      when the page defeats the parser
     */
    public List<EntryRow> of(DumpPage page, PageBudget budget) {
        List<LexicalEntry> entries = languages.of(parser.parseStrict(page, budget));
        List<EntryQuality> qualities = EntryValidator.checkPage(entries);
        List<Lexeme> lexemes = converter.lexemesOfPage(entries);
        List<EntryRow> rows = new ArrayList<>(lexemes.size());
        for (int i = 0; i < lexemes.size(); i++) {
            rows.add(EntryRow.of(lexemes.get(i), converter.toAqea(lexemes.get(i), null), qualities.get(i)));
        }
        return rows;
    }
}
