package org.aqea.wikidata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.wikidata.wdtk.datamodel.interfaces.EntityIdValue;
import org.wikidata.wdtk.datamodel.interfaces.LexemeDocument;
import org.wikidata.wdtk.datamodel.interfaces.Statement;
import org.wikidata.wdtk.datamodel.interfaces.StatementDocument;
import org.wikidata.wdtk.datamodel.interfaces.StatementGroup;
import org.wikidata.wdtk.datamodel.interfaces.StatementRank;

/**
 * The facts of a lexeme that make its key: language, lexical category and grammatical genders (property
 * {@value #GENDER}, statements not deprecated), as items and as the entry model writes them. Read the same way from
 * the toolkit's document (the parser) and from the JSON's head (the run's index), so that both agree on every key.
 *
 * @param type        the entity's type ({@code lexeme}, {@code item}, ...)
 * @param genderItems the items of the gender statements, in statement order
 */
record LexemeFacts(String type, String languageItem, String categoryItem, List<String> genderItems) {

    static final String GENDER = "P5185";

    boolean isLexeme() {
        return "lexeme".equals(type);
    }

    /** The language's code, or its item id where the table lacks it. */
    String langCode() {
        return languageItem == null ? null
                : WikidataItems.language(languageItem).map(WikidataItems.Item::value).orElse(languageItem);
    }

    /** The part of speech, {@code unknown} where the table lacks the category. */
    String pos() {
        return categoryItem == null ? "unknown"
                : WikidataItems.category(categoryItem).map(WikidataItems.Item::value).orElse("unknown");
    }

    /** The genders the table knows, as letters, without repeats, in statement order. */
    List<String> genders() {
        List<String> genders = new ArrayList<>();
        for (String item : genderItems) {
            WikidataItems.gender(item).map(WikidataItems.Item::value)
                    .filter(letter -> !genders.contains(letter)).ifPresent(genders::add);
        }
        return genders;
    }

    static LexemeFacts of(LexemeDocument lexeme) {
        List<String> genders = new ArrayList<>();
        for (Statement statement : statements(lexeme, GENDER)) {
            if (statement.getValue() instanceof EntityIdValue item) {
                genders.add(item.getId());
            }
        }
        return new LexemeFacts("lexeme", lexeme.getLanguage().getId(), lexeme.getLexicalCategory().getId(), genders);
    }

    /** The statements of {@code property} that are not deprecated, in their order: those this product reads. */
    static List<Statement> statements(StatementDocument document, String property) {
        StatementGroup group = document.findStatementGroup(property);
        if (group == null) {
            return List.of();
        }
        return group.getStatements().stream().filter(s -> s.getRank() != StatementRank.DEPRECATED).toList();
    }

    /** From an entity's JSON object, read as far as its end; null when it is not an object. */
    static LexemeFacts read(JsonParser json) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String type = null;
        String language = null;
        String category = null;
        List<String> genders = new ArrayList<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "type" -> type = json.getValueAsString();
                case "language" -> language = json.getValueAsString();
                case "lexicalCategory" -> category = json.getValueAsString();
                case "claims" -> readGenders(json, genders);
                default -> json.skipChildren();
            }
        }
        return new LexemeFacts(type, language, category, genders);
    }

    /** {@code "claims": {"P5185": [{"mainsnak": {"datavalue": {"value": {"id": "Q499327"}}}, "rank": "normal"}]}} */
    private static void readGenders(JsonParser json, List<String> genders) throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            return;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String property = json.currentName();
            if (json.nextToken() != JsonToken.START_ARRAY || !GENDER.equals(property)) {
                json.skipChildren();
                continue;
            }
            while (json.nextToken() == JsonToken.START_OBJECT) {
                String item = null;
                String rank = null;
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String field = json.currentName();
                    json.nextToken();
                    if (field.equals("rank")) {
                        rank = json.getValueAsString();
                    } else if (field.equals("mainsnak")) {
                        item = snakItem(json);
                    } else {
                        json.skipChildren();
                    }
                }
                if (item != null && !"deprecated".equals(rank)) {
                    genders.add(item);
                }
            }
        }
    }

    private static String snakItem(JsonParser json) throws IOException {
        String item = null;
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            return null;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            if (!field.equals("datavalue") || json.currentToken() != JsonToken.START_OBJECT) {
                json.skipChildren();
                continue;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String inner = json.currentName();
                json.nextToken();
                if (inner.equals("value") && json.currentToken() == JsonToken.START_OBJECT) {
                    while (json.nextToken() == JsonToken.FIELD_NAME) {
                        String key = json.currentName();
                        json.nextToken();
                        if (key.equals("id")) {
                            item = json.getValueAsString();
                        } else {
                            json.skipChildren();
                        }
                    }
                } else {
                    json.skipChildren();
                }
            }
        }
        return item;
    }
}
