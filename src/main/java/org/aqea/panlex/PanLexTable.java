package org.aqea.panlex;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One table of a PanLex snapshot read row by row: PostgreSQL's CSV (quoted fields holding commas, quotes doubled,
 * line breaks), a header line naming the columns, which may come in any order. A row that breaks the CSV itself
 * ends the table ({@link PanLexFormatException}); a row whose values are wrong is the caller's to refuse with
 * {@link #problem}, which names the table and the row's first line.
 */
final class PanLexTable implements Closeable {

    private static final CsvMapper CSV = new CsvMapper();

    private final String file;
    private final CsvParser parser;
    private final List<String> names;
    private final int[] columns;
    private final String[] row;
    private final List<String> values = new ArrayList<>();
    private long line;

    private PanLexTable(String file, CsvParser parser, List<String> names) {
        this.file = file;
        this.parser = parser;
        this.names = List.copyOf(names);
        this.columns = new int[names.size()];
        this.row = new String[names.size()];
    }

    /** The table {@code file}, whose header must name every one of {@code required}; row values come in that order. */
    static PanLexTable open(String file, InputStream in, List<String> required) throws IOException {
        CsvParser parser = (CsvParser) CSV.getFactory().createParser(new InputStreamReader(in, StandardCharsets.UTF_8));
        parser.setSchema(CsvSchema.emptySchema());
        PanLexTable table = new PanLexTable(file, parser, required);
        try {
            if (!table.readRecord()) {
                throw new PanLexFormatException(file, 1, "empty: no header line");
            }
            List<String> header = List.copyOf(table.values);
            for (int i = 0; i < required.size(); i++) {
                int index = header.indexOf(required.get(i));
                if (index < 0) {
                    throw new PanLexFormatException(file, 1, "the header " + header + " has no column '"
                            + required.get(i) + "' (needed: " + required + ")");
                }
                table.columns[i] = index;
            }
            return table;
        } catch (IOException | RuntimeException e) {
            table.close();
            throw e;
        }
    }

    /** Moves to the next row; false after the last. */
    boolean next() throws IOException {
        if (!readRecord()) {
            return false;
        }
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] >= values.size()) {
                throw problem("has " + values.size() + " fields, fewer than the header's columns");
            }
            row[i] = values.get(columns[i]);
        }
        return true;
    }

    /** The value of the {@code i}th required column. */
    String text(int i) {
        return row[i];
    }

    /** The value of the {@code i}th required column as a positive id. */
    int id(int i) throws PanLexFormatException {
        String value = row[i];
        int id = 0;
        if (value.isEmpty() || value.length() > 10) {
            throw problem("its " + names.get(i) + " is '" + value + "', not an id");
        }
        for (int c = 0; c < value.length(); c++) {
            char digit = value.charAt(c);
            if (digit < '0' || digit > '9') {
                throw problem("its " + names.get(i) + " is '" + value + "', not an id");
            }
            long next = id * 10L + (digit - '0');
            if (next > Integer.MAX_VALUE) {
                throw problem("its " + names.get(i) + " is '" + value + "', an id beyond 2147483647");
            }
            id = (int) next;
        }
        if (id == 0) {
            throw problem("its " + names.get(i) + " is 0, not an id (PanLex counts from 1)");
        }
        return id;
    }

    /** A whole number that may be missing (PostgreSQL writes NULL as an empty field): {@code missing} then. */
    int number(int i, int missing) throws PanLexFormatException {
        String value = row[i];
        if (value.isEmpty()) {
            return missing;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw problem("its " + names.get(i) + " is '" + value + "', not a number");
        }
    }

    /** The row's first line in the file (1 is the header). */
    long line() {
        return line;
    }

    String file() {
        return file;
    }

    PanLexFormatException problem(String what) {
        return new PanLexFormatException(file, line, "the row " + what);
    }

    private boolean readRecord() throws IOException {
        values.clear();
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return false;
            }
            while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                if (values.isEmpty()) {
                    // The row's own start: the array's token still points at the row before.
                    line = parser.currentTokenLocation().getLineNr();
                }
                values.add(parser.getText());
            }
            if (token != JsonToken.END_ARRAY) {
                throw new PanLexFormatException(file, line, "the row does not end where a row ends");
            }
            return true;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new PanLexFormatException(file, at == null ? line : at.getLineNr(),
                    "not CSV there: " + e.getOriginalMessage());
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
