package org.aqea.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.aqea.lexicon.LexiconJson;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Map;
import java.util.function.Supplier;
import org.aqea.address.AddressAllocator;
import org.aqea.address.Allocation;
import org.aqea.address.AllocationRequest;
import org.aqea.address.AqeaEntry;
import org.aqea.address.AqeaLines;
import org.aqea.address.InMemoryAddressRegistry;
import org.aqea.address.LexemeKey;
import org.aqea.address.KeyedEntry;
import org.aqea.dump.Bzip2Decoder;
import org.aqea.dump.DecodedDump;
import org.aqea.dump.DumpPage;
import org.aqea.edition.DumpReading;
import org.aqea.edition.Edition;
import org.aqea.edition.PageParser;
import org.aqea.extraction.EditionDump;
import org.aqea.extraction.ExtractedEntry;
import org.aqea.extraction.ExtractionPipeline;
import org.aqea.extraction.PageRejectedException;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.quality.QualityJson;
import org.aqea.wikitext.PageBudget;

/**
 * {@code extract}: a dump to JSONL, one lexical entry per line with its {@code aqea} object. Two passes over the
 * dump: the first collects every lexeme, which are then addressed together in the spec's canonical order (so the
 * addresses do not depend on page order); the second writes the lines. A page the {@link ExtractionPipeline} rejects
 * is reported and left out, and the command goes on up to its limit of rejected pages.
 */
final class ExtractCommand {

    private static final ObjectMapper JSON = LexiconJson.MAPPER;

    private final Path dump;
    private final Optional<Path> lbzip2;
    private final Path output;
    private final PrintStream status;
    private final boolean interactive;
    private final Edition edition;
    private final TakenLanguages languages;
    private final RejectedPages rejects;
    private final long maxRejects;
    private final OptionalInt minimumScore;
    /** Site pages of the dump the edition reads (its language modules), gathered by the first pass. */
    private final Map<String, String> sitePages = new HashMap<>();
    /** Where a reader that sorts spills (a PanLex join): the JVM's temporary folder, {@code -Djava.io.tmpdir}. */
    private final Path scratch = Path.of(System.getProperty("java.io.tmpdir"));

    /**
     * @param lbzip2     lbzip2 to decompress with ({@link Bzip2Decoder}), or none for the Java decoder
     * @param rejects    where rejected pages are reported
     * @param maxRejects how many rejected pages the command accepts before it stops
     */
    ExtractCommand(Path dump, Optional<Path> lbzip2, Path output, Edition edition, TakenLanguages languages,
                   OptionalInt minimumScore, RejectedPages rejects, long maxRejects, PrintStream status, boolean interactive) {
        this.dump = dump;
        this.minimumScore = minimumScore;
        this.rejects = rejects;
        this.maxRejects = maxRejects;
        this.languages = languages;
        this.lbzip2 = lbzip2;
        this.output = output;
        this.edition = edition;
        this.status = status;
        this.interactive = interactive;
    }

    ExtractionSummary run() throws IOException {
        long started = System.nanoTime();
        // An edition that must know the whole run first (Wikidata) reads the dump once more here. The site pages are
        // handed over as the map that the first pass fills: the parsers made after it see them.
        Supplier<PageParser> parsers = edition.parsersOfRun(sitePages, consumer ->
                forEachPage("0/2 reading every page first", consumer::accept));
        ExtractionPipeline collecting = new ExtractionPipeline(parsers.get(), languages);
        List<AllocationRequest> requests = new ArrayList<>();
        forEachPage("1/2 collecting lexemes", page -> {
            // A page rejected here is rejected again, and reported, by the second pass.
            for (ExtractedEntry entry : extracted(collecting, page, false).orElse(List.of())) {
                if (entry.keyed().request() != null) {
                    requests.add(entry.keyed().request());
                }
            }
        });
        // The first pass parsed with what the edition knows by itself; the languages that get addresses are all in
        // it, so keys and addresses stay the same, and the entries are written with the dump's own site data.
        ExtractionPipeline writing = new ExtractionPipeline(parsers.get(), languages);
        InMemoryAddressRegistry registry = new InMemoryAddressRegistry();
        Map<LexemeKey, Allocation> allocations = AddressAllocator.allocate(requests, registry);

        ExtractionSummary summary = new ExtractionSummary();
        try (Writer writer = output == null
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                     : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             SequenceWriter lines = JSON.writer().withRootValueSeparator("\n").writeValues(writer)) {
            forEachPage("2/2 writing entries", page -> {
                Optional<List<ExtractedEntry>> entries = extracted(writing, page, true);
                if (entries.isEmpty()) {
                    summary.rejected();
                    if (summary.rejectedPages() > maxRejects) {
                        throw new IOException(dump + ": more than " + maxRejects + " pages rejected (--max-rejects), "
                                + "stopped at page '" + page.title() + "'");
                    }
                    return;
                }
                summary.page(entries.get());
                for (ExtractedEntry entry : entries.get()) {
                    KeyedEntry lexeme = entry.keyed();
                    Allocation allocation = lexeme.request() == null ? null : allocations.get(lexeme.request().key());
                    AqeaEntry aqea = writing.aqea(entry, allocation);
                    summary.addressing(aqea, allocation);
                    summary.quality(entry.quality());
                    lines.write(AqeaLines.line(entry.entry(), aqea, QualityJson.of(entry.quality())));
                }
            });
            writer.write('\n');
        }
        summary.finish(System.nanoTime() - started, registry.capacity());
        return summary;
    }

    /** The page's entries, or none when the pipeline rejects the page (then reported if {@code report}). */
    private Optional<List<ExtractedEntry>> extracted(ExtractionPipeline pipeline, DumpPage page, boolean report)
            throws IOException {
        try {
            return Optional.of(pipeline.of(page, PageBudget.UNLIMITED));
        } catch (PageRejectedException e) {
            if (report) {
                rejects.write(page, e.getMessage());
            }
            return Optional.empty();
        }
    }

    private interface PageHandler {
        void handle(DumpPage page) throws IOException;
    }

    private void forEachPage(String phase, PageHandler handler) throws IOException {
        Progress progress = new Progress(status, interactive, Files.size(dump), phase);
        long pages = 0;
        DumpReading reading = new DumpReading(DecodedDump.DECODER_THREADS, lbzip2, scratch, minimumScore);
        try (EditionDump reader = EditionDump.open(edition, dump, reading, site -> sitePages.put(site.title(), site.text()))) {
            DumpPage page;
            while ((page = reader.nextArticle()) != null) {
                handler.handle(page);
                progress.update(reader.bytePosition(), ++pages);
            }
        } finally {
            progress.done();
        }
    }

    /** A one-line progress bar on a terminal; nothing when the output is not one. */
    private static final class Progress {
        private final PrintStream out;
        private final boolean enabled;
        private final long total;
        private final String phase;
        private long lastDrawn;

        Progress(PrintStream out, boolean enabled, long total, String phase) {
            this.out = out;
            this.enabled = enabled;
            this.total = Math.max(1, total);
            this.phase = phase;
        }

        void update(long position, long pages) {
            long now = System.currentTimeMillis();
            if (!enabled || now - lastDrawn < 200) {
                return;
            }
            lastDrawn = now;
            int percent = (int) Math.min(100, position * 100 / total);
            int filled = percent * 30 / 100;
            out.printf("\r%s [%s%s] %3d%%  %,d pages", phase, "#".repeat(filled), " ".repeat(30 - filled), percent, pages);
            out.flush();
        }

        void done() {
            if (enabled) {
                out.print("\r" + " ".repeat(80) + "\r");
                out.flush();
            }
        }
    }
}
