package org.aqea.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aqea.dewiktionary.GermanPageParser;
import org.aqea.dump.DumpPage;
import org.aqea.dump.DumpReader;
import org.aqea.lexicon.LexicalEntry;

/** {@code extract}: a dump to JSONL, one lexical entry per line, with progress and a summary. */
final class ExtractCommand {

    static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final Path dump;
    private final Path output;
    private final PrintStream status;
    private final boolean interactive;

    ExtractCommand(Path dump, Path output, PrintStream status, boolean interactive) {
        this.dump = dump;
        this.output = output;
        this.status = status;
        this.interactive = interactive;
    }

    ExtractionSummary run() throws IOException {
        GermanPageParser parser = new GermanPageParser();
        ExtractionSummary summary = new ExtractionSummary();
        long size = Files.size(dump);
        long started = System.nanoTime();
        Progress progress = new Progress(status, interactive, size);
        try (DumpReader reader = DumpReader.open(dump);
             Writer writer = output == null
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                     : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             SequenceWriter lines = JSON.writer().withRootValueSeparator("\n").writeValues(writer)) {
            DumpPage page;
            while ((page = reader.nextPage()) != null) {
                if (page.isRedirect()) {
                    summary.redirect();
                    continue;
                }
                List<LexicalEntry> entries = parser.parse(page);
                summary.page(entries);
                for (LexicalEntry entry : entries) {
                    lines.write(entry);
                }
                progress.update(reader.bytePosition(), summary.pages());
            }
            writer.write('\n');
        } finally {
            summary.finish(System.nanoTime() - started);
            progress.done();
        }
        return summary;
    }

    /** A one-line progress bar on a terminal; nothing when the output is not one. */
    private static final class Progress {
        private final PrintStream out;
        private final boolean enabled;
        private final long total;
        private long lastDrawn;

        Progress(PrintStream out, boolean enabled, long total) {
            this.out = out;
            this.enabled = enabled;
            this.total = Math.max(1, total);
        }

        void update(long position, long pages) {
            long now = System.currentTimeMillis();
            if (!enabled || now - lastDrawn < 200) {
                return;
            }
            lastDrawn = now;
            int percent = (int) Math.min(100, position * 100 / total);
            int filled = percent * 30 / 100;
            out.printf("\r[%s%s] %3d%%  %,d pages", "#".repeat(filled), " ".repeat(30 - filled), percent, pages);
            out.flush();
        }

        void done() {
            if (enabled) {
                out.print("\r" + " ".repeat(60) + "\r");
                out.flush();
            }
        }
    }
}
