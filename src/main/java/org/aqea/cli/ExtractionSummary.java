package org.aqea.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aqea.address.Allocation;
import org.aqea.address.AqeaEntry;
import org.aqea.address.BlockCapacity;
import org.aqea.extraction.ExtractedEntry;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.quality.EntryQuality;
import org.aqea.quality.QualityRule;

/** Counts of an extraction, printed at its end. */
final class ExtractionSummary {

    private long pages;
    private long rejectedPages;
    private long addressed;
    private long overflowed;
    private final Map<String, Long> unaddressedByReason = new TreeMap<>();
    private List<BlockCapacity> fullestBlocks = List.of();
    private long entries;
    private long warnings;
    private long elapsedNanos;
    private final Map<String, Map<String, Long>> byLanguageAndPos = new TreeMap<>();
    private long flagged;
    private long scoreSum;
    private final Map<QualityRule, Long> flaggedByRule = new EnumMap<>(QualityRule.class);

    void page(List<ExtractedEntry> pageEntries) {
        pages++;
        for (ExtractedEntry extracted : pageEntries) {
            LexicalEntry entry = extracted.entry();
            entries++;
            warnings += entry.warnings().size();
            String language = entry.langCode() == null ? String.valueOf(entry.lang()) : entry.langCode();
            byLanguageAndPos.computeIfAbsent(language, k -> new TreeMap<>()).merge(entry.pos(), 1L, Long::sum);
        }
    }

    void addressing(AqeaEntry aqea, Allocation allocation) {
        if (aqea.address() != null) {
            addressed++;
            overflowed += allocation.overflowed() ? 1 : 0;
        } else {
            // Group "no AQEA domain for language xx" and "inflected form of 'x'" by their kind.
            String reason = aqea.reason().startsWith("inflected form") ? "inflected form, not a lexeme" : aqea.reason();
            unaddressedByReason.merge(reason, 1L, Long::sum);
        }
    }

    void quality(EntryQuality quality) {
        scoreSum += quality.score();
        if (!quality.flags().isEmpty()) {
            flagged++;
            quality.rules().forEach(rule -> flaggedByRule.merge(rule, 1L, Long::sum));
        }
    }

    void finish(long elapsedNanos, Map<Integer, BlockCapacity> capacity) {
        this.elapsedNanos = elapsedNanos;
        this.fullestBlocks = capacity.values().stream()
                .sorted(Comparator.comparingInt(BlockCapacity::allocated).reversed()).limit(5).toList();
    }

    void rejected() {
        rejectedPages++;
    }

    long rejectedPages() {
        return rejectedPages;
    }

    long pages() {
        return pages;
    }

    long entries() {
        return entries;
    }

    void print(PrintStream out) {
        double seconds = elapsedNanos / 1e9;
        out.printf("pages: %,d%n", pages);
        out.printf("rejected pages: %,d%n", rejectedPages);
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
        out.printf("quality: %,d entries flagged, mean score %.1f of 100%n", flagged, entries > 0 ? (double) scoreSum / entries : 100);
        flaggedByRule.entrySet().stream().sorted(Map.Entry.<QualityRule, Long>comparingByValue().reversed())
                .forEach(rule -> out.printf("  %-26s %,9d%n", rule.getKey().id(), rule.getValue()));
        out.printf("addressed: %,d (%,d overflowed out of their preferred block)%n", addressed, overflowed);
        unaddressedByReason.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(reason -> out.printf("  without address: %,9d  %s%n", reason.getValue(), reason.getKey()));
        for (BlockCapacity block : fullestBlocks) {
            out.printf("  block %s: %d allocated, %d free%n", block.label(), block.allocated(), block.free());
        }
        out.printf("elapsed: %.1f s, %,.0f pages per second%n", seconds, seconds > 0 ? pages / seconds : 0);
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
