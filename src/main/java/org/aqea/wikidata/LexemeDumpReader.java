package org.aqea.wikidata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.aqea.dump.DecodedDump;
import org.aqea.dump.DumpFormatException;
import org.aqea.dump.DumpPage;
import org.aqea.dump.DumpReader;
import org.aqea.dump.PageStream;

/**
 * Reads Wikidata's lexemes dump ({@code latest-lexemes.json.bz2}: one JSON array, one entity a line, each line but
 * the last ending in a comma) as pages: one page a lexeme, its title the lemma (so that the job splits lexemes by
 * the same title ranges as Wiktionary pages), its page id the lexeme's number, its revision {@code lastrevid}, its
 * timestamp {@code modified} and its text the entity's JSON. Only the head of each line is read here; the parser
 * reads the rest. A line that is not JSON or not a lexeme becomes a page named after its line or entity, which the
 * parser refuses, so that it is recorded, not lost; a dump that ends before its closing bracket is truncated and
 * fails. Memory stays flat: a line longer than {@link DumpReader#MAX_TEXT_CHARS} bytes is read past, only counted.
 */
public final class LexemeDumpReader implements PageStream {

    /** Wikibase's namespace of lexemes. */
    public static final int LEXEME_NAMESPACE = 146;
    public static final String SITE_DATABASE = "wikidatawiki";

    private static final JsonFactory JSON = new JsonFactory();

    private final String fileName;
    private final DecodedDump decoded;
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 16);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long lineNumber;
    private long lineLength;
    private boolean inArray;
    /** After the array's closing bracket only blank lines may follow. */
    private boolean closed;
    private boolean finished;
    private String lastTitle;
    private boolean readOne;

    private LexemeDumpReader(String fileName, DecodedDump decoded) {
        this.fileName = fileName;
        this.decoded = decoded;
        this.in = decoded.stream();
    }

    /** Reads a decompressed dump; the first line that is neither blank nor {@code [} must be an entity. */
    public static LexemeDumpReader of(String fileName, DecodedDump decoded) throws DumpFormatException {
        LexemeDumpReader reader = new LexemeDumpReader(fileName, decoded);
        reader.expectJson();
        return reader;
    }

    private void expectJson() throws DumpFormatException {
        try {
            fill();
            String start = new String(buffer, 0, Math.min(limit, 64), StandardCharsets.UTF_8).stripLeading();
            if (start.startsWith("<")) {
                throw failure("not a Wikidata lexemes dump: it begins with '"
                        + start.substring(0, Math.min(start.length(), 10)).replaceAll("\\s+", " ")
                        + "', like a MediaWiki XML dump (read those with a Wiktionary edition)", null);
            }
            if (!start.isEmpty() && !start.startsWith("[") && !start.startsWith("{")) {
                throw failure("not a Wikidata lexemes dump: it does not begin with '[' or '{'", null);
            }
        } catch (DumpFormatException e) {
            close();
            throw e;
        } catch (IOException e) {
            close();
            throw failure("not a readable dump: truncated or corrupt compressed data: " + e.getMessage(), e);
        }
    }

    /** Reads more of the stream into the buffer after what is unread; false at its end. */
    private boolean fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            return false;
        }
        limit += read;
        return true;
    }

    @Override
    public DumpPage nextPage() throws DumpFormatException {
        while (!finished) {
            if (!readLine()) {
                finished = true;
                if (inArray) {
                    throw failure("the dump ends without its closing ']': truncated", null);
                }
                return null;
            }
            String text = trimmedLine();
            if (text.isEmpty()) {
                continue;
            }
            if (text.equals("[") && !readOne && !inArray) {
                inArray = true;
                continue;
            }
            if (text.equals("]") && inArray) {
                inArray = false;
                closed = true;
                continue;
            }
            if (closed) {
                finished = true;
                throw failure("line " + lineNumber + " follows the dump's closing ']'", null);
            }
            DumpPage page = page(text);
            lastTitle = page.title();
            readOne = true;
            return page;
        }
        return null;
    }

    /** The next line into {@link #line} (its first bytes up to the limit); false at the end of the stream. */
    private boolean readLine() throws DumpFormatException {
        line.reset();
        lineLength = 0;
        try {
            while (true) {
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int keep = (int) Math.min(end - position, Math.max(0, DumpReader.MAX_TEXT_CHARS - lineLength));
                line.write(buffer, position, keep);
                lineLength += end - position;
                position = end;
                if (end < limit) {
                    position++;
                    lineNumber++;
                    return true;
                }
                position = limit = 0;
                if (!fill()) {
                    lineNumber++;
                    return lineLength > 0;
                }
            }
        } catch (IOException e) {
            finished = true;
            throw failure("truncated or corrupt compressed data: " + e.getMessage(), e);
        }
    }

    /** The line without surrounding blanks and the comma that separates array elements. */
    private String trimmedLine() {
        String text = line.toString(StandardCharsets.UTF_8).strip();
        if (lineLength == line.size() && text.endsWith(",")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }

    private DumpPage page(String text) {
        boolean cut = lineLength > line.size();
        Head head = cut ? null : head(text);
        if (head == null) {
            return new DumpPage("line " + lineNumber, LEXEME_NAMESPACE, 0, 0, null, text, null,
                    cut ? lineLength : text.length());
        }
        long number = head.id.length() > 1 ? parseNumber(head.id.substring(1)) : 0;
        String title = "lexeme".equals(head.type) && head.lemma != null ? head.lemma : head.id;
        return new DumpPage(title, LEXEME_NAMESPACE, number, head.lastRevision, head.modified, text, null);
    }

    private static long parseNumber(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private record Head(String type, String id, String lemma, long lastRevision, String modified) {
    }

    /** The fields a page needs from an entity's JSON, or null when the line is not a JSON object with an id. */
    private static Head head(String text) {
        String type = null;
        String id = null;
        String lemma = null;
        long lastRevision = 0;
        String modified = null;
        try (JsonParser json = JSON.createParser(text)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "type" -> type = json.getValueAsString();
                    case "id" -> id = json.getValueAsString();
                    case "lastrevid" -> lastRevision = json.getValueAsLong();
                    case "modified" -> modified = json.getValueAsString();
                    case "lemmas" -> lemma = firstLemma(json, value);
                    default -> json.skipChildren();
                }
            }
            if (json.nextToken() != null) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return id == null ? null : new Head(type, id, lemma, lastRevision, modified);
    }

    /** The first lemma's text ({@code "lemmas": {"de": {"language": "de", "value": "Hund"}}}). */
    private static String firstLemma(JsonParser json, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            json.skipChildren();
            return null;
        }
        String lemma = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            if (json.nextToken() == JsonToken.START_OBJECT) {
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    json.nextToken();
                    if (lemma == null && "value".equals(json.currentName())) {
                        lemma = json.getValueAsString();
                    } else {
                        json.skipChildren();
                    }
                }
            } else {
                json.skipChildren();
            }
        }
        return lemma == null || lemma.isBlank() ? null : lemma;
    }

    private DumpFormatException failure(String problem, Throwable cause) {
        return new DumpFormatException(fileName, decoded.position().getAsLong(), lastTitle, problem, cause);
    }

    @Override
    public long bytePosition() {
        return decoded.position().getAsLong();
    }

    @Override
    public Optional<String> siteDatabase() {
        return readOne ? Optional.of(SITE_DATABASE) : Optional.empty();
    }

    @Override
    public void close() {
        try {
            decoded.close();
        } catch (IOException e) {
            // Closing only releases the file and the decoder threads.
        }
    }
}
