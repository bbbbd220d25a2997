package org.aqea.wikidata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Wikidata items a lexeme names for its language, lexical category, genders and grammatical features, and what the
 * entry model writes for them: the table {@code items.tsv} beside this class (one line an item). An item the table
 * lacks is kept as its id, with a warning on the entry, never guessed.
 */
public final class WikidataItems {

    /** What an item stands for, and the English words for it. */
    public record Item(String kind, String id, String value, String label) {
    }

    private static final Map<String, Map<String, Item>> BY_KIND = load();
    /** A feature's place in the table: a form's tags follow it. */
    private static final Map<String, Integer> FEATURE_ORDER = featureOrder();

    private WikidataItems() {
    }

    /** The language's code ({@code Q188} → {@code de}). */
    public static Optional<Item> language(String itemId) {
        return Optional.ofNullable(BY_KIND.get("language").get(itemId));
    }

    /** The lexical category's part of speech ({@code Q1084} → {@code noun}). */
    public static Optional<Item> category(String itemId) {
        return Optional.ofNullable(BY_KIND.get("category").get(itemId));
    }

    /** The gender's letter ({@code Q499327} → {@code m}). */
    public static Optional<Item> gender(String itemId) {
        return Optional.ofNullable(BY_KIND.get("gender").get(itemId));
    }

    /** The grammatical feature's tags ({@code Q146786} → {@code plural}). */
    public static Optional<Item> feature(String itemId) {
        return Optional.ofNullable(BY_KIND.get("feature").get(itemId));
    }

    /** The tags of a known feature ({@code Q10345583} → {@code present}, {@code participle}). */
    static List<String> tags(Item feature) {
        return Arrays.asList(feature.value().split(" "));
    }

    /** Where a feature's tags go among a form's tags; unknown ones last. */
    static int order(String featureItemId) {
        return FEATURE_ORDER.getOrDefault(featureItemId, Integer.MAX_VALUE);
    }

    /** Every item of a kind ({@code language}, {@code category}, {@code gender}, {@code feature}), by id. */
    public static Map<String, Item> all(String kind) {
        return BY_KIND.getOrDefault(kind, Map.of());
    }

    private static Map<String, Map<String, Item>> load() {
        Map<String, Map<String, Item>> byKind = new HashMap<>();
        try (InputStream in = WikidataItems.class.getResourceAsStream("items.tsv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 4) {
                    throw new IllegalStateException("items.tsv: not four columns: " + line);
                }
                Item item = new Item(columns[0], columns[1], columns[2], columns[3]);
                if (byKind.computeIfAbsent(item.kind(), k -> new LinkedHashMap<>()).put(item.id(), item) != null) {
                    throw new IllegalStateException("items.tsv: " + item.id() + " twice as " + item.kind());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled items.tsv cannot be read", e);
        }
        byKind.replaceAll((kind, items) -> Collections.unmodifiableMap(items));
        return Collections.unmodifiableMap(byKind);
    }

    private static Map<String, Integer> featureOrder() {
        Map<String, Integer> order = new HashMap<>();
        for (String id : all("feature").keySet()) {
            order.put(id, order.size());
        }
        return order;
    }
}
