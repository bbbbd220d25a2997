package org.aqea.dewiktionary;

import org.aqea.wikitext.PageBudget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.LexicalEntry;

/** Test pages: fixtures from src/test/resources/pages, or snippets wrapped into a German noun entry. */
final class Pages {

    private static final GermanPageParser PARSER = new GermanPageParser();

    private Pages() {
    }

    static List<LexicalEntry> parse(String title, String wikitext) {
        return PARSER.parse(new DumpPage(title, 0, 42, 4242, "2024-10-01T00:00:00Z", wikitext, null), PageBudget.UNLIMITED);
    }

    /** The single entry of a German noun page whose body (below the headings) is the snippet. */
    static LexicalEntry germanNoun(String title, String body) {
        List<LexicalEntry> entries = parse(title, "== " + title + " ({{Sprache|Deutsch}}) ==\n"
                + "=== {{Wortart|Substantiv|Deutsch}}, {{f}} ===\n" + body);
        if (entries.size() != 1) {
            throw new AssertionError("expected one entry, got " + entries.size());
        }
        return entries.get(0);
    }

    static List<LexicalEntry> fixture(String name) {
        try (InputStream in = Pages.class.getResourceAsStream("/pages/" + name + ".wikitext")) {
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
