package org.aqea.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aqea.lexicon.LexicalEntry;

/** Counts of an extraction, printed at its end. */
final class ExtractionSummary {

    private long pages;
    private long redirects;
    private long entries;
    private long warnings;
    private long elapsedNanos;
    private final Map<String, Map<String, Long>> byLanguageAndPos = new TreeMap<>();

    void redirect() {
        redirects++;
    }

    void page(List<LexicalEntry> pageEntries) {
        pages++;
        for (LexicalEntry entry : pageEntries) {
            entries++;
            warnings += entry.warnings().size();
            String language = entry.langCode() == null ? String.valueOf(entry.lang()) : entry.langCode();
            byLanguageAndPos.computeIfAbsent(language, k -> new TreeMap<>()).merge(entry.pos(), 1L, Long::sum);
        }
    }

    void finish(long elapsedNanos) {
        this.elapsedNanos = elapsedNanos;
    }

    long pages() {
        return pages;
    }

    long entries() {
        return entries;
    }

    void print(PrintStream out) {
        double seconds = elapsedNanos / 1e9;
        out.printf("pages: %,d (and %,d redirects)%n", pages, redirects);
        out.printf("entries: %,d%n", entries);
        byLanguageAndPos.entrySet().stream()
                .sorted((a, b) -> Long.compare(total(b.getValue()), total(a.getValue())))
                .limit(15)
                .forEach(language -> out.printf("  %-8s %,9d  %s%n", language.getKey(), total(language.getValue()),
                        language.getValue()));
        if (byLanguageAndPos.size() > 15) {
            out.printf("  ... and %d more languages%n", byLanguageAndPos.size() - 15);
        }
        out.printf("warnings: %,d%n", warnings);
        out.printf("elapsed: %.1f s, %,.0f pages per second%n", seconds, seconds > 0 ? pages / seconds : 0);
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
