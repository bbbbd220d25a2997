package org.aqea.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one vocabulary of grammatical tags that every source writes on forms ({@code tags.tsv} beside this class: the
 * tag, its meaning, which templates and Wikidata items give it). The words are wiktextract's where it has them, so
 * that users filter our forms as they filter its JSONL.
 */
public final class GrammaticalTags {

    private static final Map<String, String> MEANINGS = load();

    private GrammaticalTags() {
    }

    public static boolean isKnown(String tag) {
        return MEANINGS.containsKey(tag);
    }

    /** Every tag with its meaning, in the table's order. */
    public static Map<String, String> meanings() {
        return MEANINGS;
    }

    private static Map<String, String> load() {
        Map<String, String> meanings = new LinkedHashMap<>();
        try (InputStream in = GrammaticalTags.class.getResourceAsStream("tags.tsv")) {
            if (in == null) {
                throw new IllegalStateException("tags.tsv is missing from the class path next to " + GrammaticalTags.class);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    meanings.put(fields[0], fields[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(meanings);
    }
}
