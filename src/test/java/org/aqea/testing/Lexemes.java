package org.aqea.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aqea.dump.DumpPage;
import org.aqea.dump.PageStream;
import org.aqea.wikidata.WikidataEdition;

/**
 * Lexemes in Wikibase's JSON, as Wikidata's lexemes dump holds them, written by the tests themselves: a builder for
 * one lexeme and {@link #dump} for the file around them (an array, one entity a line).
 */
public final class Lexemes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode lexeme = JSON.createObjectNode();
    private final String id;
    private final String lemmaLanguage;
    private int statements;

    private Lexemes(String id, String lemmaLanguage, String lemma, String languageItem, String categoryItem) {
        this.id = id;
        this.lemmaLanguage = lemmaLanguage;
        lexeme.put("pageid", Long.parseLong(id.substring(1)) + 1000);
        lexeme.put("ns", 146);
        lexeme.put("title", "Lexeme:" + id);
        lexeme.put("lastrevid", Long.parseLong(id.substring(1)) * 10 + 7);
        lexeme.put("modified", "2026-11-01T12:00:00Z");
        lexeme.put("type", "lexeme");
        lexeme.put("id", id);
        lexeme.set("lemmas", terms(lemmaLanguage, lemma));
        lexeme.put("lexicalCategory", categoryItem);
        lexeme.put("language", languageItem);
        lexeme.set("claims", JSON.createObjectNode());
        lexeme.set("forms", JSON.createArrayNode());
        lexeme.set("senses", JSON.createArrayNode());
    }

    /** A lexeme {@code L<n>} with its lemma in {@code lemmaLanguage} ({@code de}), of a language and category item. */
    public static Lexemes lexeme(String id, String lemmaLanguage, String lemma, String languageItem, String categoryItem) {
        return new Lexemes(id, lemmaLanguage, lemma, languageItem, categoryItem);
    }

    public Lexemes gender(String item) {
        statement((ObjectNode) lexeme.get("claims"), "P5185", item(item), id);
        return this;
    }

    public Lexemes hyphenation(String value) {
        statement((ObjectNode) lexeme.get("claims"), "P5279", string(value), id);
        return this;
    }

    /** A usage example, for the sense {@code senseId} ({@code S1}) or, with null, for none. */
    public Lexemes example(String text, String senseId) {
        ObjectNode statement = statement((ObjectNode) lexeme.get("claims"), "P5831", monolingual(lemmaLanguage, text), id);
        if (senseId != null) {
            ObjectNode qualifiers = statement.putObject("qualifiers");
            qualifiers.putArray("P6072").add(snak("P6072", entity("sense", id + "-" + senseId)));
        }
        return this;
    }

    /** A form with its grammatical feature items and, where given, its IPA. */
    public Lexemes form(String representation, List<String> features, String ipa) {
        ArrayNode forms = (ArrayNode) lexeme.get("forms");
        ObjectNode form = forms.addObject();
        String formId = id + "-F" + forms.size();
        form.put("id", formId);
        form.set("representations", terms(lemmaLanguage, representation));
        ArrayNode grammatical = form.putArray("grammaticalFeatures");
        features.forEach(grammatical::add);
        ObjectNode claims = form.putObject("claims");
        if (ipa != null) {
            statement(claims, "P898", string(ipa), formId);
        }
        return this;
    }

    /** A sense with glosses as language/text pairs ({@code "de", "Haustier", "en", "pet"}). */
    public Lexemes sense(String... glosses) {
        ArrayNode senses = (ArrayNode) lexeme.get("senses");
        ObjectNode sense = senses.addObject();
        sense.put("id", id + "-S" + senses.size());
        ObjectNode texts = sense.putObject("glosses");
        for (int i = 0; i + 1 < glosses.length; i += 2) {
            texts.setAll(terms(glosses[i], glosses[i + 1]));
        }
        sense.putObject("claims");
        return this;
    }

    /** A statement on the last sense: {@code P5972} translation etc. to a sense ({@code L2-S1}) or {@code P5137} to an item. */
    public Lexemes senseLink(String property, String target) {
        ArrayNode senses = (ArrayNode) lexeme.get("senses");
        ObjectNode sense = (ObjectNode) senses.get(senses.size() - 1);
        ObjectNode value = target.startsWith("Q") ? item(target) : entity("sense", target);
        statement((ObjectNode) sense.get("claims"), property, value, sense.get("id").asText());
        return this;
    }

    /** A property's value the way the dump writes it, for a test to break on purpose. */
    public Lexemes set(String field, String value) {
        lexeme.put(field, value);
        return this;
    }

    public String json() {
        return lexeme.toString();
    }

    /** Every page of a lexemes dump, as the edition {@code wikidata} reads them. */
    public static List<DumpPage> pagesOf(Path dump) throws IOException {
        List<DumpPage> pages = new ArrayList<>();
        try (PageStream stream = new WikidataEdition().openDump(dump)) {
            DumpPage page;
            while ((page = stream.nextPage()) != null) {
                pages.add(page);
            }
        }
        return pages;
    }

    /** A dump's text: {@code [}, the entities one a line, separated by commas, {@code ]}. */
    public static String dump(List<String> entities) {
        return "[\n" + String.join(",\n", entities) + "\n]\n";
    }

    private ObjectNode statement(ObjectNode claims, String property, ObjectNode datavalue, String subject) {
        ArrayNode group = claims.has(property) ? (ArrayNode) claims.get(property) : claims.putArray(property);
        ObjectNode statement = group.addObject();
        statement.set("mainsnak", snak(property, datavalue));
        statement.put("type", "statement");
        statement.put("id", subject + "$" + property + "-" + (++statements));
        statement.put("rank", "normal");
        return statement;
    }

    private static ObjectNode snak(String property, ObjectNode datavalue) {
        ObjectNode snak = JSON.createObjectNode();
        snak.put("snaktype", "value");
        snak.put("property", property);
        snak.set("datavalue", datavalue);
        String type = datavalue.get("type").asText();
        snak.put("datatype", switch (type) {
            case "string" -> "string";
            case "monolingualtext" -> "monolingualtext";
            default -> datavalue.get("value").get("entity-type").asText().equals("sense") ? "wikibase-sense" : "wikibase-item";
        });
        return snak;
    }

    private static ObjectNode item(String id) {
        return entity("item", id);
    }

    private static ObjectNode entity(String type, String id) {
        ObjectNode datavalue = JSON.createObjectNode();
        ObjectNode value = datavalue.putObject("value");
        value.put("entity-type", type);
        if (type.equals("item")) {
            value.put("numeric-id", Long.parseLong(id.substring(1)));
        }
        value.put("id", id);
        datavalue.put("type", "wikibase-entityid");
        return datavalue;
    }

    private static ObjectNode string(String text) {
        ObjectNode datavalue = JSON.createObjectNode();
        datavalue.put("value", text);
        datavalue.put("type", "string");
        return datavalue;
    }

    private static ObjectNode monolingual(String language, String text) {
        ObjectNode datavalue = JSON.createObjectNode();
        ObjectNode value = datavalue.putObject("value");
        value.put("text", text);
        value.put("language", language);
        datavalue.put("type", "monolingualtext");
        return datavalue;
    }

    private static ObjectNode terms(String language, String text) {
        ObjectNode terms = JSON.createObjectNode();
        ObjectNode term = terms.putObject(language);
        term.put("language", language);
        term.put("value", text);
        return terms;
    }
}
