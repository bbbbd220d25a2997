package org.aqea.nlwiktionary;

import java.util.List;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.wikitext.PageBudget;

/** Dutch pages through the edition's parser: snippets written for the tests. */
final class Snippets {

    private static final DutchPageParser PARSER = new DutchPageParser();

    private Snippets() {
    }

    static List<LexicalEntry> parse(String title, String wikitext) {
        return PARSER.parse(new DumpPage(title, 0, 42, 4242, "2026-11-01T00:00:00Z", wikitext, null), PageBudget.UNLIMITED);
    }
}
