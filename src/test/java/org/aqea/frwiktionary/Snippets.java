package org.aqea.frwiktionary;

import java.util.List;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.testing.RealPages;
import org.aqea.testing.DumpFiles;
import org.aqea.wikitext.PageBudget;

/** French pages through the edition's parser: snippets written for the tests, and the real pages by title. */
final class Snippets {

    private static final FrenchPageParser PARSER = new FrenchPageParser();

    private Snippets() {
    }

    static List<LexicalEntry> parse(String title, String wikitext) {
        return PARSER.parse(new DumpPage(title, 0, 42, 4242, "2026-11-01T00:00:00Z", wikitext, null), PageBudget.UNLIMITED);
    }

    /** The single entry of a French page with one part-of-speech section whose lines (below its heading) are given. */
    static LexicalEntry french(String title, String section, String lines) {
        List<LexicalEntry> entries = parse(title, "== {{langue|fr}} ==\n=== {{S|" + section + "|fr}} ===\n" + lines);
        if (entries.size() != 1) {
            throw new AssertionError("expected one entry, got " + entries.size() + ": " + entries);
        }
        return entries.get(0);
    }

    /** The entries of the real page of this title in ../shared/realdata/fr. */
    static List<LexicalEntry> real(String title) {
        DumpFiles.Page page = RealPages.singlePages("fr").stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no real page '" + title + "' in " + RealPages.folder("fr")));
        return parse(title, page.text());
    }
}
