package org.aqea.wikidata;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aqea.dump.DumpPage;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.SourceRef;
import org.aqea.lexicon.Translation;
import org.aqea.wikitext.PageBudget;
import org.wikidata.wdtk.datamodel.helpers.Datamodel;
import org.wikidata.wdtk.datamodel.helpers.JsonDeserializer;
import org.wikidata.wdtk.datamodel.interfaces.EntityDocument;
import org.wikidata.wdtk.datamodel.interfaces.EntityIdValue;
import org.wikidata.wdtk.datamodel.interfaces.FormDocument;
import org.wikidata.wdtk.datamodel.interfaces.ItemIdValue;
import org.wikidata.wdtk.datamodel.interfaces.LexemeDocument;
import org.wikidata.wdtk.datamodel.interfaces.LexemeIdValue;
import org.wikidata.wdtk.datamodel.interfaces.MonolingualTextValue;
import org.wikidata.wdtk.datamodel.interfaces.SenseDocument;
import org.wikidata.wdtk.datamodel.interfaces.SenseIdValue;
import org.wikidata.wdtk.datamodel.interfaces.Snak;
import org.wikidata.wdtk.datamodel.interfaces.SnakGroup;
import org.wikidata.wdtk.datamodel.interfaces.Statement;
import org.wikidata.wdtk.datamodel.interfaces.StatementDocument;
import org.wikidata.wdtk.datamodel.interfaces.StringValue;
import org.wikidata.wdtk.datamodel.interfaces.Value;
import org.wikidata.wdtk.datamodel.interfaces.ValueSnak;

/**
 * A lexeme of Wikidata (its JSON, as {@link LexemeDumpReader} hands it over) to one lexical entry, with Wikidata
 * Toolkit's model: lemma, language, part of speech and genders from the items ({@link WikidataItems}); forms with
 * English tags; senses with a gloss (in the lexeme's language, else English, else the first), usage examples and the
 * item of the sense; translations, synonyms, antonyms and hypernyms between senses resolved to the lemma and language
 * of the lexeme they name ({@link LexemeIndex}); IPA and hyphenation of the lemma's form. What the tables lack is
 * kept as item id with a warning (a language without code: its item id as {@code lang_code}).
 */
public final class LexemeParser implements PageParser {

    static final String IPA = "P898";
    static final String HYPHENATION = "P5279";
    static final String USAGE_EXAMPLE = "P5831";
    static final String DEMONSTRATES_SENSE = "P6072";
    static final String ITEM_FOR_THIS_SENSE = "P5137";
    static final String TRANSLATION = "P5972";
    static final String SYNONYM = "P5973";
    static final String ANTONYM = "P5974";
    static final String HYPERNYM = "P6593";

    private final JsonDeserializer json = new JsonDeserializer(Datamodel.SITE_WIKIDATA);
    private final LexemeIndex index;

    /** @param index the run's lexemes, for the senses that a lexeme's statements name */
    public LexemeParser(LexemeIndex index) {
        this.index = index;
    }

    @Override
    public String edition() {
        return WikidataEdition.CODE;
    }

    @Override
    public List<LexicalEntry> parse(DumpPage page, PageBudget budget) {
        LexemeDocument lexeme = lexeme(page);
        LexemeFacts facts = LexemeFacts.of(lexeme);
        if (facts.langCode() == null) {
            throw new IllegalArgumentException(page.title() + " names no language");
        }
        List<String> warnings = new ArrayList<>();
        String langCode = facts.langCode();
        String lang = WikidataItems.language(facts.languageItem()).map(WikidataItems.Item::label).orElse(facts.languageItem());
        Optional<WikidataItems.Item> category = WikidataItems.category(facts.categoryItem());
        if (category.isEmpty()) {
            warnings.add("lexical category " + facts.categoryItem() + " is not in the table: part of speech unknown");
        }
        for (String gender : facts.genderItems()) {
            if (WikidataItems.gender(gender).isEmpty()) {
                warnings.add("gender " + gender + " is not in the table: left out");
            }
        }
        String word = page.title();
        String lemmaVariant = lemmaVariant(lexeme, word);
        List<String> ipa = new ArrayList<>();
        List<String> hyphenation = new ArrayList<>();
        List<Form> forms = new ArrayList<>();
        for (FormDocument form : lexeme.getForms()) {
            String representation = text(form.getRepresentations(), lemmaVariant, "");
            if (representation == null) {
                continue;
            }
            List<String> formIpa = strings(form, IPA);
            if (representation.equals(word)) {
                formIpa.stream().filter(value -> !ipa.contains(value)).forEach(ipa::add);
                if (hyphenation.isEmpty()) {
                    hyphenation.addAll(syllables(form));
                }
            }
            forms.add(new Form(representation, tags(form, warnings), formIpa));
        }
        if (hyphenation.isEmpty()) {
            hyphenation.addAll(syllables(lexeme));
        }
        Map<String, List<String>> examples = examples(lexeme);
        List<Sense> senses = new ArrayList<>();
        List<Translation> translations = new ArrayList<>();
        List<LinkedTerm> synonyms = new ArrayList<>();
        List<LinkedTerm> antonyms = new ArrayList<>();
        List<LinkedTerm> hypernyms = new ArrayList<>();
        for (SenseDocument sense : lexeme.getSenses()) {
            String id = senseId(sense.getEntityId().getId());
            String gloss = text(sense.getGlosses(), lemmaVariant, "en");
            String item = values(sense, ITEM_FOR_THIS_SENSE).stream().filter(ItemIdValue.class::isInstance)
                    .map(value -> ((ItemIdValue) value).getId()).findFirst().orElse(null);
            List<String> senseExamples = new ArrayList<>(examples.getOrDefault(sense.getEntityId().getId(), List.of()));
            if (senses.isEmpty()) {
                senseExamples.addAll(examples.getOrDefault("", List.of()));
            }
            senses.add(new Sense(id, gloss == null ? "" : gloss, List.of(), List.copyOf(senseExamples), item, null));
            for (LexemeIndex.Target target : targets(sense, TRANSLATION, warnings)) {
                translations.add(new Translation(target.langCode(), target.lemma(), List.of(id), null, false));
            }
            linked(sense, SYNONYM, id, langCode, synonyms, warnings);
            linked(sense, ANTONYM, id, langCode, antonyms, warnings);
            linked(sense, HYPERNYM, id, langCode, hypernyms, warnings);
        }
        SourceRef source = new SourceRef(WikidataEdition.CODE, word, page.pageId(), page.revisionId(), 0, page.timestamp(),
                index.homographsBefore(page.pageId()));
        return List.of(new LexicalEntry(word, lang, langCode, facts.pos(),
                List.of(category.map(WikidataItems.Item::label).orElse(facts.categoryItem())), facts.genders(),
                hyphenation, ipa, List.of(), List.of(), List.of(), senses, forms, translations, List.of(), synonyms,
                antonyms, hypernyms, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                List.of(), null, source, warnings));
    }

    private LexemeDocument lexeme(DumpPage page) {
        if (page.pageId() == 0 && page.title().startsWith("line ")) {
            throw new IllegalArgumentException(page.title() + " of the dump is not a JSON object with an id");
        }
        EntityDocument entity;
        try {
            entity = json.deserializeEntityDocument(page.text());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(page.title() + " is not a Wikibase entity: " + firstLine(e.getOriginalMessage()), e);
        } catch (RuntimeException e) {
            // The toolkit's model refuses some malformed entities with its own exceptions (a statement without rank).
            throw new IllegalArgumentException(page.title() + " is not a Wikibase entity: " + e, e);
        }
        if (!(entity instanceof LexemeDocument lexeme)) {
            throw new IllegalArgumentException(entity.getEntityId().getId() + " is not a lexeme but an entity of type '"
                    + entity.getEntityId().getEntityType().replaceAll(".*/", "") + "'");
        }
        return lexeme;
    }

    /** The language variant of the lemma the page is named after ({@code de}; {@code sr-ec} beside {@code sr-el}). */
    private static String lemmaVariant(LexemeDocument lexeme, String word) {
        return lexeme.getLemmas().entrySet().stream().filter(e -> e.getValue().getText().equals(word))
                .map(Map.Entry::getKey).findFirst().orElse("");
    }

    /** The text in the variant, else in {@code fallback}, else the first; null when there is none. */
    private static String text(Map<String, MonolingualTextValue> texts, String variant, String fallback) {
        MonolingualTextValue value = texts.get(variant);
        if (value == null && !fallback.isEmpty()) {
            value = texts.get(fallback);
        }
        if (value == null && !texts.isEmpty()) {
            value = texts.values().iterator().next();
        }
        return value == null || value.getText().isBlank() ? null : value.getText().strip();
    }

    private static List<String> tags(FormDocument form, List<String> warnings) {
        List<String> tags = new ArrayList<>();
        form.getGrammaticalFeatures().stream().map(ItemIdValue::getId)
                .sorted(Comparator.comparingInt(WikidataItems::order))
                .forEach(feature -> {
                    Optional<WikidataItems.Item> known = WikidataItems.feature(feature);
                    if (known.isEmpty()) {
                        warnings.add("grammatical feature " + feature + " of " + form.getEntityId().getId()
                                + " is not in the table: kept as its id");
                    }
                    for (String tag : known.map(WikidataItems::tags).orElse(List.of(feature))) {
                        if (!tags.contains(tag)) {
                            tags.add(tag);
                        }
                    }
                });
        return tags;
    }

    /** Usage examples by the sense they demonstrate (its full id), those that name none under {@code ""}. */
    private static Map<String, List<String>> examples(LexemeDocument lexeme) {
        Map<String, List<String>> bySense = new HashMap<>();
        for (Statement statement : LexemeFacts.statements(lexeme, USAGE_EXAMPLE)) {
            if (!(statement.getValue() instanceof MonolingualTextValue text) || text.getText().isBlank()) {
                continue;
            }
            String sense = "";
            for (SnakGroup qualifiers : statement.getQualifiers()) {
                if (qualifiers.getProperty().getId().equals(DEMONSTRATES_SENSE)) {
                    for (Snak snak : qualifiers.getSnaks()) {
                        if (snak instanceof ValueSnak valueSnak && valueSnak.getValue() instanceof SenseIdValue id) {
                            sense = id.getId();
                        }
                    }
                }
            }
            bySense.computeIfAbsent(sense, k -> new ArrayList<>()).add(text.getText().strip());
        }
        return bySense;
    }

    /** The lexemes a sense's statements of {@code property} name, through their sense or lexeme ids. */
    private List<LexemeIndex.Target> targets(SenseDocument sense, String property, List<String> warnings) {
        Set<LexemeIndex.Target> targets = new LinkedHashSet<>();
        for (Value value : values(sense, property)) {
            LexemeIdValue lexemeId = value instanceof SenseIdValue senseId ? senseId.getLexemeId()
                    : value instanceof LexemeIdValue id ? id : null;
            if (lexemeId == null) {
                continue;
            }
            long number = Long.parseLong(lexemeId.getId().substring(1));
            Optional<LexemeIndex.Target> target = index.lexeme(number);
            if (target.isEmpty()) {
                warnings.add(property + " of " + sense.getEntityId().getId() + " names " + ((EntityIdValue) value).getId()
                        + ", which the dump does not hold: left out");
                continue;
            }
            targets.add(target.get());
        }
        return List.copyOf(targets);
    }

    private void linked(SenseDocument sense, String property, String senseId, String langCode, List<LinkedTerm> into,
                        List<String> warnings) {
        for (LexemeIndex.Target target : targets(sense, property, warnings)) {
            into.add(new LinkedTerm(target.lemma(), List.of(senseId), langCode.equals(target.langCode()) ? null : target.langCode()));
        }
    }

    private static List<Value> values(StatementDocument document, String property) {
        return LexemeFacts.statements(document, property).stream().map(Statement::getValue).filter(Objects::nonNull).toList();
    }

    /** The distinct non-blank strings of {@code property}, stripped. */
    private static List<String> strings(StatementDocument document, String property) {
        List<String> strings = new ArrayList<>();
        for (Value value : values(document, property)) {
            String text = value instanceof StringValue string ? string.getString().strip() : "";
            if (!text.isEmpty() && !strings.contains(text)) {
                strings.add(text);
            }
        }
        return strings;
    }

    private static String firstLine(String message) {
        int end = message == null ? -1 : message.indexOf('\n');
        return end < 0 ? String.valueOf(message) : message.substring(0, end);
    }

    /** {@code L1347-S2} → {@code S2}. */
    private static String senseId(String fullId) {
        int dash = fullId.indexOf('-');
        return dash < 0 ? fullId : fullId.substring(dash + 1);
    }

    /**
     * The first hyphenation of a form or lexeme as syllables: Wikidata writes {@code Hun‧de}, with a hyphenation
     * point or a middle dot; none when it gives none.
     */
    private static List<String> syllables(StatementDocument document) {
        return strings(document, HYPHENATION).stream().findFirst()
                .map(hyphenation -> List.of(hyphenation.split("[\u2027\u00B7]"))).orElse(List.of());
    }
}
