package org.aqea.panlex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.aqea.dump.DumpFormatException;
import org.aqea.dump.DumpPage;
import org.aqea.dump.PageStream;

/**
 * A PanLex snapshot read as pages, so that the job and the offline command read it as they read a dump: one page an
 * expression of a taken language that has translations ({@link PanLexJoin}), its title the expression's text (the job
 * splits expressions by the same title ranges as pages), its page id the expression's id, its text the expression
 * as JSON ({@link ExpressionParser} reads it). Rows the join left out come first, one page each, which the parser
 * refuses, so that they are recorded, not lost. The join runs at the first page: opening the stream only checks that
 * the snapshot is one.
 */
public final class ExpressionPages implements PageStream {

    public static final String SITE_DATABASE = "panlex";
    static final String REJECTED = "rejected";
    static final ObjectMapper JSON = new ObjectMapper();

    private final PanLexSnapshot snapshot;
    private final Path file;
    private final Predicate<String> takesLanguage;
    private final int minimumScore;
    private final Path scratch;
    private final String timestamp;
    private final Deque<DumpPage> rejected = new ArrayDeque<>();
    private Path workDirectory;
    private PanLexJoin join;
    private boolean finished;

    private ExpressionPages(PanLexSnapshot snapshot, Path file, Predicate<String> takesLanguage, int minimumScore,
                            Path scratch) {
        this.snapshot = snapshot;
        this.scratch = scratch;
        this.file = file;
        this.takesLanguage = takesLanguage;
        this.minimumScore = minimumScore;
        this.timestamp = PanLexSnapshot.dateOf(file.getFileName().toString())
                .map(day -> day + "T00:00:00Z").orElse(null);
    }

    /**
     * The snapshot's pages: translations between the languages taken, scored at least {@code minimumScore}; the join
     * spills into a folder it makes in {@code scratch} and removes at the end.
     */
    public static ExpressionPages open(Path file, Predicate<String> takesLanguage, int minimumScore, Path scratch)
            throws IOException {
        PanLexSnapshot snapshot = PanLexSnapshot.open(file);
        try {
            for (String table : PanLexJoin.TABLES) {
                if (!snapshot.has(table)) {
                    throw new PanLexFormatException(file.getFileName().toString(), 0, "not a PanLex CSV snapshot: it"
                            + " holds no " + table + ".csv (it needs " + String.join(", ", PanLexJoin.TABLES) + ")");
                }
            }
            return new ExpressionPages(snapshot, file, takesLanguage, minimumScore, scratch);
        } catch (IOException | RuntimeException e) {
            snapshot.close();
            throw e;
        }
    }

    @Override
    public DumpPage nextPage() throws DumpFormatException {
        try {
            if (join == null && !finished) {
                workDirectory = Files.createTempDirectory(scratch, "panlex-join-");
                join = PanLexJoin.of(snapshot, takesLanguage, minimumScore, workDirectory);
                for (PanLexFormatException row : join.rejectedRows()) {
                    rejected.add(rejectedPage(row.file() + ", line " + row.line(), row.getMessage()));
                }
                long unkept = join.rejectedCount() - join.rejectedRows().size();
                if (unkept > 0) {
                    rejected.add(rejectedPage("rows left out beyond the first " + PanLexJoin.KEPT_REJECTS,
                            unkept + " more rows of the snapshot were left out as the ones before"));
                }
            }
            if (!rejected.isEmpty()) {
                return rejected.poll();
            }
            PanLexExpression expression = finished ? null : join.next();
            if (expression == null) {
                finished = true;
                return null;
            }
            return new DumpPage(expression.text(), 0, expression.id(), 0, timestamp, JSON.writeValueAsString(expression),
                    null);
        } catch (DumpFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new DumpFormatException(file.toString(), 0, null, "the snapshot could not be joined: " + e.getMessage(), e);
        }
    }

    private DumpPage rejectedPage(String title, String why) throws JsonProcessingException {
        return new DumpPage(title, 0, 0, 0, timestamp, JSON.writeValueAsString(Map.of(REJECTED, why)), null);
    }

    /** The whole file once the pages are handed out; nothing can be said before. */
    @Override
    public long bytePosition() {
        try {
            return finished ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<String> siteDatabase() {
        return Optional.of(SITE_DATABASE);
    }

    @Override
    public void close() throws IOException {
        try (PanLexSnapshot closingSnapshot = snapshot; PanLexJoin closingJoin = join) {
            finished = true;
        } finally {
            if (workDirectory != null) {
                Files.deleteIfExists(workDirectory);
            }
        }
    }
}
