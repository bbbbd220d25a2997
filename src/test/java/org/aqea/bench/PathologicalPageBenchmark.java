package org.aqea.bench;

import java.util.List;
import java.util.function.IntFunction;
import org.aqea.dewiktionary.GermanEdition;
import org.aqea.dump.DumpPage;
import org.aqea.store.EntryRows;
import org.aqea.wikitext.PageBudget;

/**
 * Parse time of hostile pages against their size: unclosed and nested footnotes, unclosed and nested templates,
 * links, inline HTML with entities, all in the sections the German parser reads. Every kind must grow linearly (time per KB flat); a page of
 * the largest size the reader keeps (2 million characters) must parse in well under a second. Prints a table.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.bench.PathologicalPageBenchmark}
 */
public final class PathologicalPageBenchmark {

    private static final String HEAD = "== Wort ({{Sprache|Deutsch}}) ==\n=== {{Wortart|Substantiv|Deutsch}}, {{n}} ===\n"
            + "{{Bedeutungen}}\n:[1] ";

    private PathologicalPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Kind> kinds = List.of(
                new Kind("unclosed <ref>", n -> repeat("Text<ref name=\"a\">Beleg ", n)),
                new Kind("nested <ref>", n -> repeat("<ref>a<ref>b</ref>", n)),
                new Kind("unclosed {{", n -> repeat("{{Vorlage|a ", n)),
                new Kind("nested {{ }}", n -> "{{".repeat(n / 8) + "x" + "}}".repeat(n / 8)),
                new Kind("links [[", n -> repeat("[[Ziel|Text]] [[offen ", n)),
                new Kind("mixed", n -> repeat("<ref>{{a|[[b|<ref>c]]|{{d</ref> ''e'' <!-- f ", n)),
                new Kind("inline HTML", n -> repeat("m<sup>2</sup> &ndash; <span class=\"x\">a<br>b ", n)));
        EntryRows rows = new EntryRows(new GermanEdition().newParser());
        for (int warm = 0; warm < 3; warm++) {
            for (Kind kind : kinds) {
                rows.of(page(kind, 50_000), PageBudget.UNLIMITED);
            }
        }
        System.out.printf("%-16s %12s %10s %12s%n", "page", "characters", "ms", "µs per KB");
        for (Kind kind : kinds) {
            for (int size = 50_000; size <= 2_000_000; size *= 2) {
                DumpPage page = page(kind, size);
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

    private static DumpPage page(Kind kind, int size) {
        String text = HEAD + kind.body().apply(size - HEAD.length()) + "\n";
        return new DumpPage("Wort", 0, 1, 1, "", text.length() > 2_000_000 ? text.substring(0, 2_000_000) : text, null);
    }

    private static String repeat(String unit, int characters) {
        return unit.repeat(Math.max(1, characters / unit.length()));
    }
}
