package org.aqea.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.dump.DumpPage;
import org.aqea.edition.Editions;
import org.aqea.store.lexicon.EntryRows;
import org.aqea.wikitext.PageBudget;

/**
 * Parse time of hostile pages against their size: unclosed and nested footnotes, unclosed and nested templates,
 * links, inline HTML with entities, all in the sections the German parser reads; with {@code en}, the same in an
 * English definition line and what English pages add: nested link templates in a gloss, a translation table of
 * hundreds of thousands of lines, thousands of senses and nested subsenses. Every kind must grow linearly (time per KB
 * flat); a page of the largest size the reader keeps (2 million characters) must parse in well under a second.
 * Prints a table.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.PathologicalPageBenchmark}
 * ({@code -Dexec.args=en} for the English edition)
 */
public final class PathologicalPageBenchmark {

    private static final String GERMAN_HEAD = "== Wort ({{Sprache|Deutsch}}) ==\n=== {{Wortart|Substantiv|Deutsch}}, {{n}} ===\n"
            + "{{Bedeutungen}}\n:[1] ";
    private static final String ENGLISH_HEAD = "==English==\n===Etymology===\nFrom {{inh|en|enm|word}}.\n===Noun===\n{{en-noun}}\n# ";

    private PathologicalPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean english = args.length > 0 && args[0].equals("en");
        String head = english ? ENGLISH_HEAD : GERMAN_HEAD;
        List<Kind> kinds = new ArrayList<>(List.of(
                new Kind("unclosed <ref>", n -> repeat("Text<ref name=\"a\">Beleg ", n)),
                new Kind("nested <ref>", n -> repeat("<ref>a<ref>b</ref>", n)),
                new Kind("unclosed {{", n -> repeat("{{Vorlage|a ", n)),
                new Kind("nested {{ }}", n -> "{{".repeat(n / 8) + "x" + "}}".repeat(n / 8)),
                new Kind("links [[", n -> repeat("[[Ziel|Text]] [[offen ", n)),
                new Kind("mixed", n -> repeat("<ref>{{a|[[b|<ref>c]]|{{d</ref> ''e'' <!-- f ", n)),
                new Kind("inline HTML", n -> repeat("m<sup>2</sup> &ndash; <span class=\"x\">a<br>b ", n))));
        if (english) {
            kinds.add(new Kind("nested {{l}}", n -> "{{l|en|".repeat(n / 9) + "x" + "}}".repeat(n / 9)));
            kinds.add(new Kind("translations", n -> "a\n====Translations====\n{{trans-top|a}}\n"
                    + repeat("* German: {{t+|de|Hund|m}}, {{t|de|Köter|m|tr=x}}\n*: Swiss: {{tt|gsw|Hund}}\n", n)));
            kinds.add(new Kind("senses", n -> "a\n" + repeat("# {{lb|en|zoology}} a [[dog]]\n## sub {{gloss|x}}\n#: {{ux|en|ex}}\n", n)));
            kinds.add(new Kind("headings", n -> "a\n" + repeat("===Etymology 2===\n====Noun====\n# a\n=====Synonyms=====\n* {{l|en|b}}\n", n)));
        }
        EntryRows rows = new EntryRows(Editions.of(english ? "en" : "de").orElseThrow().newParser(), TakenLanguages.ALL);
        for (int warm = 0; warm < 3; warm++) {
            for (Kind kind : kinds) {
                rows.of(page(head, kind, 50_000), PageBudget.UNLIMITED);
            }
        }
        System.out.printf("%-16s %12s %10s %12s%n", "page", "characters", "ms", "µs per KB");
        for (Kind kind : kinds) {
            for (int size = 50_000; size <= 2_000_000; size *= 2) {
                DumpPage page = page(head, kind, size);
                long started = System.nanoTime();
                rows.of(page, PageBudget.UNLIMITED);
                double ms = (System.nanoTime() - started) / 1e6;
                System.out.printf("%-16s %,12d %10.1f %12.1f%n", kind.name(), page.text().length(), ms,
                        ms * 1000 / (page.text().length() / 1000.0));
            }
        }
    }

    private record Kind(String name, IntFunction<String> body) {
    }

    private static DumpPage page(String head, Kind kind, int size) {
        String text = head + kind.body().apply(size - head.length()) + "\n";
        return new DumpPage("Wort", 0, 1, 1, "", text.length() > 2_000_000 ? text.substring(0, 2_000_000) : text, null);
    }

    private static String repeat(String unit, int characters) {
        return unit.repeat(Math.max(1, characters / unit.length()));
    }
}
