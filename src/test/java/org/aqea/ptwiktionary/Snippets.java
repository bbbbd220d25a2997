package org.aqea.ptwiktionary;

import java.util.List;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.RealPages;
import org.aqea.wikitext.PageBudget;

/** Portuguese pages through the edition's parser: snippets written for the tests, and the real pages by title. */
final class Snippets {

    private static final PortuguesePageParser PARSER = new PortuguesePageParser();

    private Snippets() {
    }

    static List<LexicalEntry> parse(String title, String wikitext) {
        return PARSER.parse(new DumpPage(title, 0, 42, 4242, "2026-11-01T00:00:00Z", wikitext, null), PageBudget.UNLIMITED);
    }

    static List<LexicalEntry> real(String title) {
        DumpFiles.Page page = RealPages.singlePages("pt").stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no real page '" + title + "' in " + RealPages.folder("pt")));
        return parse(title, page.text());
    }
}
