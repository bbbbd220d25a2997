package org.aqea.enwiktionary;

import org.aqea.wikitext.PageBudget;

import java.util.List;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.LexicalEntry;

/** Snippets in the English edition's current layout, written for the tests, through the edition's parser. */
final class Snippets {

    private static final EnglishPageParser PARSER = new EnglishPageParser();

    private Snippets() {
    }

    static List<LexicalEntry> parse(String title, String wikitext) {
        return PARSER.parse(new DumpPage(title, 0, 42, 4242, "2026-11-01T00:00:00Z", wikitext, null), PageBudget.UNLIMITED);
    }

    /** The single entry of an English page with one part of speech whose section (below its heading) is the snippet. */
    static LexicalEntry english(String title, String pos, String section) {
        List<LexicalEntry> entries = parse(title, "==English==\n\n===" + pos + "===\n" + section);
        if (entries.size() != 1) {
            throw new AssertionError("expected one entry, got " + entries.size() + ": " + entries);
        }
        return entries.get(0);
    }
}
