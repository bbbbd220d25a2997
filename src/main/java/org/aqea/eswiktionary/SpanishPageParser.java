package org.aqea.eswiktionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aqea.dump.DumpPage;
import org.aqea.edition.LanguageTable;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.SourceRef;
import org.aqea.lexicon.Translation;
import org.aqea.wikitext.Heading;
import org.aqea.wikitext.PageBudget;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.WikiText;

/**
 * Parses a page of the Spanish Wiktionary into lexical entries: one per part-of-speech heading
 * ({@code ==== {{sustantivo femenino|es}} ====}, under {@code === Forma flexiva ===} a {@code ==== Forma verbal ====})
 * of every language section ({@code == {{lengua|es}} ==}, named by its code). An {@code Etimología N} section groups
 * the parts of speech under it (homographs of those of other etymologies), gives them its text, and its Traducciones
 * section serves them all: a translation goes to the part of speech whose sense numbers it names (the page numbers
 * senses on through the parts of speech of an etymology), else to the first. The language's {@code pron-graf} serves
 * every part of speech of it.
 */
public final class SpanishPageParser implements PageParser {

    public static final String EDITION = "es";

    private final LanguageTable languages;
    private final SpanishText text;

    public SpanishPageParser() {
        this.languages = LanguageTable.bundled(SpanishPageParser.class);
        this.text = new SpanishText(languages);
    }

    @Override
    public String edition() {
        return EDITION;
    }

    @Override
    public List<LexicalEntry> parse(DumpPage page, PageBudget budget) {
        text.page(page.title());
        List<Draft> drafts = new ArrayList<>();
        Language language = null;
        Etymology etymology = null;
        List<String> target = null;
        for (String rawLine : WikiText.stripComments(page.text()).split("\n")) {
            budget.check();
            Heading heading = rawLine.startsWith("=") ? Heading.parse(rawLine.stripTrailing()) : null;
            if (heading == null) {
                if (target != null) {
                    target.add(rawLine);
                }
                continue;
            }
            target = null;
            if (heading.level() <= 2) {
                language = heading.level() == 2 ? language(heading.text()) : null;
                etymology = null;
                target = language == null ? null : language.head;
                continue;
            }
            if (language == null) {
                continue;
            }
            String name = WikiText.toPlainText(heading.text());
            PartsOfSpeech.Kind kind = kind(heading.text());
            if (kind != null) {
                if (etymology == null) {
                    etymology = new Etymology(language);
                }
                Draft draft = new Draft(etymology, kind, posName(heading.text(), name), drafts.size());
                drafts.add(draft);
                etymology.drafts.add(draft);
                target = draft.body;
            } else if (name.startsWith("Etimología") || name.equals("Forma flexiva")) {
                etymology = new Etymology(language);
                target = name.startsWith("Etimología") ? etymology.text : null;
            } else if (name.equals("Traducciones") && etymology != null) {
                target = etymology.translations;
            }
        }
        List<LexicalEntry> entries = new ArrayList<>(drafts.size());
        for (Draft each : drafts) {
            budget.check();
            entries.add(each.build(page, text));
        }
        return entries;
    }

    /** {@code {{lengua|es}}}: the language's code, its name from the table; a code the table lacks gives no code. */
    private Language language(String headingText) {
        for (Template template : Templates.find(headingText)) {
            if (template.name().equals("lengua") && !template.arg(1).isBlank()) {
                String code = template.arg(1).strip();
                return languages.hasCode(code) ? new Language(languages.nameOf(code), code) : new Language(code, null);
            }
        }
        return null;
    }

    private static PartsOfSpeech.Kind kind(String headingText) {
        List<Template> templates = Templates.find(headingText);
        if (!templates.isEmpty()) {
            return PartsOfSpeech.ofTemplate(templates.get(0).name());
        }
        return PartsOfSpeech.ofFormHeading(WikiText.toPlainText(headingText));
    }

    /** The heading's part-of-speech name: its template's name and what follows it ("verbo transitivo e intransitivo"). */
    private static String posName(String headingText, String plain) {
        List<Template> templates = Templates.find(headingText);
        if (templates.isEmpty()) {
            return plain;
        }
        String after = WikiText.toPlainText(headingText.substring(templates.get(0).end()));
        return (templates.get(0).name().strip() + (after.isEmpty() ? "" : " " + after)).strip();
    }

    private static final class Language {
        final String name;
        final String code;
        /** The lines after the language heading before its first section: its pron-graf. */
        final List<String> head = new ArrayList<>();
        private HeadExtractor.Sound sound;

        Language(String name, String code) {
            this.name = name;
            this.code = code;
        }

        /** What its pron-graf says, read once for all its parts of speech. */
        HeadExtractor.Sound sound() {
            if (sound == null) {
                sound = HeadExtractor.sound(head);
            }
            return sound;
        }
    }

    /** An etymology (or the Forma flexiva section): its text, its parts of speech and their translations. */
    private static final class Etymology {
        final Language language;
        final List<String> text = new ArrayList<>();
        final List<String> translations = new ArrayList<>();
        final List<Draft> drafts = new ArrayList<>();
        /** Each part of speech's translations, once the first of them is built. */
        private Map<Draft, List<Translation>> translationsByDraft;

        Etymology(Language language) {
            this.language = language;
        }

        /**
         * The translations of a part of speech: those naming one of its senses (the first sense a translation names
         * decides), and those naming no sense of the etymology to its first part of speech. Read once an etymology.
         */
        List<Translation> translationsOf(Draft draft) {
            if (translationsByDraft == null) {
                Map<String, Draft> bySense = new HashMap<>();
                for (Draft each : drafts) {
                    for (String line : each.body) {
                        if (line.startsWith(";")) {
                            bySense.putIfAbsent(SenseExtractor.number(line), each);
                        }
                    }
                }
                translationsByDraft = new HashMap<>();
                for (Translation translation : TranslationExtractor.extract(WikiText.joinOpenTemplates(translations))) {
                    Draft owner = drafts.get(0);
                    for (String id : translation.senseIds()) {
                        Draft named = bySense.get(id);
                        if (named != null) {
                            owner = named;
                            break;
                        }
                    }
                    translationsByDraft.computeIfAbsent(owner, d -> new ArrayList<>()).add(translation);
                }
            }
            return List.copyOf(translationsByDraft.getOrDefault(draft, List.of()));
        }
    }

    private static final class Draft {
        final Etymology etymology;
        final PartsOfSpeech.Kind kind;
        final String name;
        final int headingIndex;
        final List<String> body = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        Draft(Etymology etymology, PartsOfSpeech.Kind kind, String name, int headingIndex) {
            this.etymology = etymology;
            this.kind = kind;
            this.name = name;
            this.headingIndex = headingIndex;
        }

        LexicalEntry build(DumpPage page, SpanishText text) {
            Language language = etymology.language;
            if (language.code == null) {
                warnings.add("no language code known for '" + language.name + "'");
            }
            List<String> lines = WikiText.joinOpenTemplates(body);
            SenseExtractor.Result senses = SenseExtractor.extract(lines, text);
            if (senses.senses().isEmpty()) {
                warnings.add("part of speech '" + name + "' without definitions");
            }
            HeadExtractor.Sound sound = language.sound();
            FormOf.Target formOf = kind.inflectedForm() ? FormOf.of(senses.formOfTemplateLine()) : null;
            Map<SenseExtractor.Relation, List<LinkedTerm>> relations = senses.relations();
            return new LexicalEntry(page.title(), language.name, language.code, kind.pos(),
                    kind.inflectedForm() ? List.of(name, "flexión") : List.of(name), kind.genders(), List.of(), sound.ipa(),
                    List.of(), sound.audio(), List.of(), senses.senses(), HeadExtractor.forms(lines, page.title()),
                    etymology.translationsOf(this), List.of(),
                    relations.getOrDefault(SenseExtractor.Relation.SYNONYMS, List.of()),
                    relations.getOrDefault(SenseExtractor.Relation.ANTONYMS, List.of()),
                    relations.getOrDefault(SenseExtractor.Relation.HYPERNYMS, List.of()),
                    relations.getOrDefault(SenseExtractor.Relation.HYPONYMS, List.of()),
                    relations.getOrDefault(SenseExtractor.Relation.RELATED, List.of()), List.of(), List.of(), List.of(),
                    relations.getOrDefault(SenseExtractor.Relation.DERIVED, List.of()), List.of(),
                    formOf == null ? null : formOf.lemma(), formOf == null ? List.of() : formOf.tags(), etymology(text),
                    new SourceRef(EDITION, page.title(), page.pageId(), page.revisionId(), headingIndex), List.copyOf(warnings));
        }

        private String etymology(SpanishText text) {
            // A picture's caption may go on over several lines: the media link is taken whole.
            String plain = text.plain(String.join("\n", etymology.text));
            return plain.isEmpty() || plain.equals(".") ? null : plain;
        }
    }
}
