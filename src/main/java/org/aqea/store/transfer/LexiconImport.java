package org.aqea.store.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aqea.address.AllocationRequest;
import org.aqea.address.AqeaAddress;
import org.aqea.address.AqeaEntry;
import org.aqea.address.KeyedEntry;
import org.aqea.address.SemanticField;
import org.aqea.extraction.ExtractedEntry;
import org.aqea.extraction.ExtractionPipeline;
import org.aqea.extraction.PageRejectedException;
import org.aqea.lexicon.LabelKey;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LexiconJson;
import org.aqea.quality.EntryQuality;
import org.aqea.store.lexicon.EntryRow;
import org.aqea.store.registry.RegistryLog;

/**
 * Loads lexicon lines (the export's and the offline command's format) into an empty lexicon database, in one
 * transaction: every entry with its address, status and field as exported, every lexeme with the address it had.
 * The lexeme keys are derived from the entries of each page as the job derives them, so a later run of the job
 * finds its lexemes again and keeps their addresses.
 */
public final class LexiconImport {

    /** Lines are written to the database in batches of this many. */
    private static final int BATCH = 1000;

    /** What an import stored. */
    public record Summary(long entries, long lexemes, long addressed, long registryLeaves) {
    }

    /** A line that cannot be imported, or a database that is not empty; nothing was stored. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private record Line(int number, LexicalEntry entry, AqeaEntry aqea) {
    }

    private final ExtractionPipeline pipeline = ExtractionPipeline.ofParsedEntries();
    /**
     * A lexeme as the first line that named it gave it; live while any of its entries is not deprecated. Lexemes
     * are stored after the entries, with the status their entries give them, so that the registry's log records
     * each lexeme's state once.
     */
    private static final class Lexeme {
        final AllocationRequest request;
        final AqeaAddress address;
        final String reason;
        final int line;
        boolean live;

        Lexeme(AllocationRequest request, AqeaAddress address, String reason, int line) {
            this.request = request;
            this.address = address;
            this.reason = reason;
            this.line = line;
        }
    }

    private final Map<String, Lexeme> lexemes = new LinkedHashMap<>();
    private final PreparedStatement insertEntry;
    private final PreparedStatement insertLexeme;
    private long entries;
    private long addressed;
    private int pendingEntries;

    private LexiconImport(Connection connection) throws SQLException {
        insertEntry = connection.prepareStatement("""
                INSERT INTO entry (edition, page_id, heading_index, revision_id, word, lang_code, pos, lexeme_key,
                    aqea_domain, word_class, field, field_rule, address, label, label_key, description, status, reason, lexical,
                    content_hash, created_by, quality_score, quality_flags)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb)""");
        insertLexeme = connection.prepareStatement("""
                INSERT INTO lexeme (lexeme_key, address, domain, word_class, field, overflowed, status, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
    }

    /**
     * Imports every line, or nothing: the connection's transaction is committed at the end and rolled back on any
     * refusal or error.
     *
     * @param createdBy what the entries' {@code created_by} says, e.g. {@code import:lexicon.jsonl}; also the run
     *                  the registry's log names for what the import adds to it
     * @param registry  the exported registry log ({@link RegistryTransfer}) to load first, or null
     */
    public static Summary run(Connection connection, BufferedReader lines, String createdBy, BufferedReader registry)
            throws IOException, SQLException, Refused {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            refuseUnlessEmpty(connection);
            RegistryLog.nameRun(connection, createdBy);
            long leaves = registry == null ? 0 : RegistryTransfer.load(connection, registry);
            LexiconImport load = new LexiconImport(connection);
            Summary summary = load.all(lines, createdBy, leaves);
            connection.commit();
            return summary;
        } catch (IOException | SQLException | Refused | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void refuseUnlessEmpty(Connection connection) throws SQLException, Refused {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT (SELECT count(*) FROM entry), (SELECT count(*) FROM lexeme), (SELECT count(*) FROM registry_leaf)")) {
            rs.next();
            if (rs.getLong(1) > 0 || rs.getLong(2) > 0 || rs.getLong(3) > 0) {
                throw new Refused("the lexicon database is not empty (" + rs.getLong(1) + " entries, " + rs.getLong(2)
                        + " lexemes, " + rs.getLong(3) + " registry leaves): an import only fills an empty one, so that"
                        + " no address can collide");
            }
        }
    }

    private Summary all(BufferedReader reader, String createdBy, long registryLeaves) throws IOException, SQLException, Refused {
        List<Line> page = new ArrayList<>();
        String text;
        int number = 0;
        while ((text = reader.readLine()) != null) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            Line line = parse(number, text);
            if (!page.isEmpty() && !samePage(page.get(0).entry(), line.entry())) {
                page(page, createdBy);
                page.clear();
            }
            page.add(line);
        }
        page(page, createdBy);
        insertEntry.executeBatch();
        insertLexemes();
        return new Summary(entries, lexemes.size(), addressed, registryLeaves);
    }

    private static boolean samePage(LexicalEntry a, LexicalEntry b) {
        return a.source().edition().equals(b.source().edition()) && a.source().pageId() == b.source().pageId();
    }

    private static Line parse(int number, String text) throws Refused {
        try {
            JsonNode node = LexiconJson.MAPPER.readTree(text);
            if (!(node instanceof ObjectNode line) || !(line.remove("aqea") instanceof ObjectNode aqea)) {
                throw new Refused("line " + number + " is not an entry with its \"aqea\" object");
            }
            // The quality is the validation's of the entry, computed again on the way in.
            line.remove("quality");
            LexicalEntry entry = LexiconJson.MAPPER.treeToValue(line, LexicalEntry.class);
            if (entry.word() == null || entry.pos() == null || entry.source() == null || entry.source().edition() == null) {
                throw new Refused("line " + number + " lacks the word, the part of speech or the source page");
            }
            return new Line(number, entry, new AqeaEntry(text(aqea, "address"), text(aqea, "reason"), text(aqea, "label"),
                    text(aqea, "description"), text(aqea, "domain"), entry.langCode(), text(aqea, "status"),
                    text(aqea, "field"), text(aqea, "field_rule")));
        } catch (JsonProcessingException e) {
            throw new Refused("line " + number + " is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode aqea, String name) {
        JsonNode value = aqea.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The lines of one page: their lexeme keys come from the page's entries together (homographs are counted). */
    private void page(List<Line> lines, String createdBy) throws SQLException, Refused, JsonProcessingException {
        if (lines.isEmpty()) {
            return;
        }
        List<ExtractedEntry> extracted;
        try {
            extracted = pipeline.ofEntries(lines.stream().map(Line::entry).toList());
        } catch (PageRejectedException e) {
            throw new Refused("lines " + lines.get(0).number() + " to " + lines.get(lines.size() - 1).number() + ": "
                    + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            entry(lines.get(i), extracted.get(i).keyed(), extracted.get(i).quality(), createdBy);
        }
    }

    private void entry(Line line, KeyedEntry lexeme, EntryQuality quality, String createdBy)
            throws SQLException, Refused, JsonProcessingException {
        AqeaEntry aqea = line.aqea();
        if (aqea.label() == null || aqea.description() == null || aqea.status() == null || aqea.fieldRule() == null) {
            throw new Refused("line " + line.number() + " lacks the label, description, status or field rule of \"aqea\"");
        }
        SemanticField field = field(line);
        AqeaAddress address = address(line);
        AllocationRequest request = lexeme.request() == null ? null
                : new AllocationRequest(lexeme.request().key(), lexeme.request().domain(), lexeme.request().wordClass(), field);
        if (request == null && address != null) {
            throw new Refused("line " + line.number() + " has address " + address + " but is no lexeme here ("
                    + lexeme.unaddressedReason() + ")");
        }
        // A draft still waits for the allocation, which makes its lexeme's row.
        if (request != null && !AqeaEntry.DRAFT.equals(aqea.status())) {
            lexeme(line, request, address, aqea.reason()).live |= !AqeaEntry.DEPRECATED.equals(aqea.status());
        }
        EntryRow row = EntryRow.of(line.entry(), request == null ? null : request.key().text(),
                request == null ? null : request.domain(), field, aqea, quality);
        bind(row, address, createdBy);
        if (address != null) {
            addressed++;
        }
        insertEntry.addBatch();
        entries++;
        if (++pendingEntries == BATCH) {
            insertEntry.executeBatch();
            pendingEntries = 0;
        }
    }

    /** The row's columns, in the order of {@code insertEntry}'s column list. */
    private void bind(EntryRow row, AqeaAddress address, String createdBy) throws SQLException {
        Object[] values = {row.edition(), row.pageId(), row.headingIndex(), row.revisionId(), row.word(), row.langCode(),
                row.pos(), row.lexemeKey(), row.aqeaDomain(), row.wordClass(), row.field(), row.fieldRule(),
                address == null ? null : address.value(), row.label(), LabelKey.of(row.label()), row.description(), row.status(), row.reason(),
                row.lexicalJson(), row.contentHash(), createdBy, row.qualityScore(), row.qualityFlags()};
        for (int i = 0; i < values.length; i++) {
            insertEntry.setObject(i + 1, values[i]);
        }
    }

    /** The lexeme of the line, made at its first line; a key seen again must come with the same address. */
    private Lexeme lexeme(Line line, AllocationRequest request, AqeaAddress address, String reason) throws Refused {
        String key = request.key().text();
        Lexeme earlier = lexemes.putIfAbsent(key, new Lexeme(request, address, reason, line.number()));
        if (earlier == null) {
            return lexemes.get(key);
        }
        if (!Objects.equals(earlier.address, address)) {
            throw new Refused("line " + line.number() + " gives lexeme '" + key + "' address " + address + ", line "
                    + earlier.line + " gave it " + earlier.address);
        }
        return earlier;
    }

    /** Every lexeme's row: active while it has a live entry, else deprecated; without address, pending review. */
    private void insertLexemes() throws SQLException {
        int pending = 0;
        for (Lexeme lexeme : lexemes.values()) {
            insertLexeme.setString(1, lexeme.request.key().text());
            if (lexeme.address == null) {
                insertLexeme.setNull(2, Types.INTEGER);
            } else {
                insertLexeme.setInt(2, lexeme.address.value());
            }
            insertLexeme.setInt(3, lexeme.request.domain());
            insertLexeme.setInt(4, lexeme.request.wordClass().code());
            insertLexeme.setInt(5, lexeme.request.field().code());
            insertLexeme.setBoolean(6, lexeme.address != null && lexeme.address.block() != lexeme.request.preferredBlock());
            insertLexeme.setString(7, lexeme.address == null ? AqeaEntry.PENDING_REVIEW
                    : lexeme.live ? AqeaEntry.ACTIVE : AqeaEntry.DEPRECATED);
            insertLexeme.setString(8, lexeme.address == null ? lexeme.reason : null);
            insertLexeme.addBatch();
            if (++pending == BATCH) {
                insertLexeme.executeBatch();
                pending = 0;
            }
        }
        insertLexeme.executeBatch();
    }

    private static SemanticField field(Line line) throws Refused {
        String id = line.aqea().field();
        try {
            return SemanticField.ofId(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Refused("line " + line.number() + " has no known field: '" + id + "'");
        }
    }

    private static AqeaAddress address(Line line) throws Refused {
        String text = line.aqea().address();
        try {
            return text == null ? null : AqeaAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Refused("line " + line.number() + ": " + e.getMessage());
        }
    }
}
