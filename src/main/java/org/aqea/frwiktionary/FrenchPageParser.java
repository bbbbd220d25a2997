package org.aqea.frwiktionary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aqea.dump.DumpPage;
import org.aqea.edition.LanguageTable;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.SourceRef;
import org.aqea.wikitext.DefinitionList;
import org.aqea.wikitext.Heading;
import org.aqea.wikitext.PageBudget;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.WikiText;

/**
 * Parses a page of the French Wiktionary into lexical entries: one per part-of-speech section
 * ({@code === {{S|nom|fr}} ===}, {@code {{S|verbe|fr|num=2}}}; the older {@code {{-nom-|fr}}}) of every language
 * section ({@code == {{langue|fr}} ==}, named by its code). The Étymologie and Prononciation sections of a language
 * serve every part of speech of it; the sections after a part of speech (Traductions, Synonymes, …) are that part of
 * speech's, at whatever level. An inflected form's section ({@code {{S|nom|fr|flexion}}}) gives an entry whose
 * {@code form_of} is the lemma its definition links.
 */
public final class FrenchPageParser implements PageParser {

    public static final String EDITION = "fr";

    private final LanguageTable languages;
    private final FrenchText text;

    public FrenchPageParser() {
        this.languages = LanguageTable.bundled(FrenchPageParser.class);
        this.text = new FrenchText(languages);
    }

    @Override
    public String edition() {
        return EDITION;
    }

    @Override
    public List<LexicalEntry> parse(DumpPage page, PageBudget budget) {
        String[] lines = WikiText.stripComments(page.text()).split("\n");
        List<Draft> drafts = new ArrayList<>();
        Language language = null;
        Draft draft = null;
        List<String> target = null;
        for (String rawLine : lines) {
            budget.check();
            Heading heading = rawLine.startsWith("=") ? Heading.parse(rawLine.stripTrailing())
                    : rawLine.startsWith("{{=") || rawLine.startsWith("{{-") ? templateHeading(rawLine.strip()) : null;
            if (heading == null) {
                if (target != null) {
                    target.add(rawLine);
                }
                continue;
            }
            target = null;
            if (heading.level() <= 2) {
                language = heading.level() == 2 ? language(heading.text()) : null;
                draft = null;
                continue;
            }
            if (language == null) {
                continue;
            }
            Section section = Section.of(heading.text());
            switch (section.kind()) {
                case ETYMOLOGY -> target = language.etymology;
                case PRONUNCIATION -> target = language.pronunciation;
                case PART_OF_SPEECH -> {
                    draft = new Draft(language, section, drafts.size());
                    drafts.add(draft);
                    target = draft.body;
                }
                case IGNORED -> { }
                default -> {
                    if (draft != null) {
                        target = draft.sections.computeIfAbsent(section.kind(), k -> new ArrayList<>());
                    }
                }
            }
        }
        List<LexicalEntry> entries = new ArrayList<>(drafts.size());
        for (Draft each : drafts) {
            budget.check();
            entries.add(each.build(page, text));
        }
        return entries;
    }

    /**
     * The wiki's first layout, until about 2012: a line of one template was a heading, {@code {{=fr=}}} a language's
     * and {@code {{-nom-|fr}}}, {@code {{-étym-}}} a section's.
     */
    private static Heading templateHeading(String line) {
        int[] spans = Templates.spans(line);
        if (spans.length != 2 || spans[0] != 0 || spans[1] != line.length()) {
            return null;
        }
        String name = Templates.nameAt(line, 0, line.length());
        if (name.length() > 2 && name.startsWith("=") && name.endsWith("=")) {
            return new Heading(2, "{{langue|" + name.substring(1, name.length() - 1) + "}}");
        }
        return name.length() > 2 && name.startsWith("-") && name.endsWith("-") ? new Heading(3, line) : null;
    }

    /** {@code {{langue|fr}}}, or a name the table knows (pages of the wiki's first years). */
    private Language language(String headingText) {
        for (Template template : Templates.find(headingText)) {
            if (template.name().equals("langue") && !template.arg(1).isBlank()) {
                // A code the table lacks is kept as the language's name: it gives no address, as an unknown name.
                String code = template.arg(1).strip();
                return languages.hasCode(code) ? new Language(languages.nameOf(code), code) : new Language(code, null);
            }
            if (template.name().equals("caractère")) {
                return null;
            }
        }
        String name = WikiText.toPlainText(headingText);
        return name.isEmpty() ? null : new Language(name, languages.codeOf(name));
    }

    /** A section heading: {@code {{S|nom|fr|flexion|num=2}}}, or the older {@code {{-nom-|fr}}}, {@code {{-étym-}}}. */
    private record Section(SectionKind kind, String name, boolean inflectedForm) {

        static Section of(String headingText) {
            List<Template> templates = Templates.find(headingText);
            if (templates.isEmpty()) {
                return new Section(SectionKind.IGNORED, WikiText.toPlainText(headingText), false);
            }
            Template template = templates.get(0);
            String name = template.name().equals("S") ? template.arg(1).strip()
                    : template.name().startsWith("-") && template.name().endsWith("-") && template.name().length() > 2
                    ? template.name().substring(1, template.name().length() - 1) : "";
            return new Section(SectionKind.of(name), name, template.positional().contains("flexion"));
        }
    }

    /** A language section: its name and code, and what it says for all its parts of speech. */
    private static final class Language {
        final String name;
        final String code;
        final List<String> etymology = new ArrayList<>();
        final List<String> pronunciation = new ArrayList<>();

        Language(String name, String code) {
            this.name = name;
            this.code = code;
        }
    }

    /** The lines of one part-of-speech section and of the sections that follow it, until it is built. */
    private static final class Draft {
        final Language language;
        final Section section;
        final int headingIndex;
        final List<String> body = new ArrayList<>();
        final Map<SectionKind, List<String>> sections = new EnumMap<>(SectionKind.class);
        final List<String> warnings = new ArrayList<>();

        Draft(Language language, Section section, int headingIndex) {
            this.language = language;
            this.section = section;
            this.headingIndex = headingIndex;
        }

        List<String> lines(SectionKind kind) {
            return WikiText.joinOpenTemplates(sections.getOrDefault(kind, List.of()));
        }

        LexicalEntry build(DumpPage page, FrenchText text) {
            if (language.code == null) {
                warnings.add("no language code known for '" + language.name + "'");
            }
            List<String> head = new ArrayList<>();
            List<String> definitions = new ArrayList<>();
            for (String line : WikiText.joinOpenTemplates(body)) {
                if (line.startsWith("#")) {
                    definitions.add(line);
                } else if (definitions.isEmpty()) {
                    head.add(line);
                }
            }
            HeadExtractor.Head heads = HeadExtractor.extract(head, page.title(), text);
            List<Sense> senses = DefinitionList.extract(definitions, text);
            if (senses.isEmpty()) {
                warnings.add("part of speech '" + section.name() + "' without definitions");
            }
            PronunciationExtractor.Result pronunciation = PronunciationExtractor.extract(language.pronunciation, text);
            List<String> ipa = new ArrayList<>(heads.ipa());
            pronunciation.ipa().stream().filter(each -> !ipa.contains(each)).forEach(ipa::add);
            List<Form> forms = new ArrayList<>(heads.forms());
            for (LinkedTerm alternative : RelationExtractor.extract(lines(SectionKind.ALTERNATIVE_FORMS), false)) {
                Form form = new Form(alternative.word(), List.of("alternative"));
                if (!forms.contains(form)) {
                    forms.add(form);
                }
            }
            FormOf.Target formOf = section.inflectedForm() ? FormOf.of(definitions) : null;
            List<String> posRaw = section.inflectedForm() ? List.of(section.name(), "flexion") : List.of(section.name());
            LexicalEntry entry = new LexicalEntry(page.title(), language.name, language.code, SectionKind.posOf(section.name()), posRaw,
                    heads.genders(), List.of(), List.copyOf(ipa), pronunciation.pronunciations(), pronunciation.audio(),
                    List.of(), senses, List.copyOf(forms), TranslationExtractor.extract(lines(SectionKind.TRANSLATIONS), senses),
                    List.of(), relations(SectionKind.SYNONYMS), relations(SectionKind.ANTONYMS),
                    relations(SectionKind.HYPERNYMS), relations(SectionKind.HYPONYMS), relations(SectionKind.RELATED_TERMS),
                    List.of(), relations(SectionKind.MERONYMS), relations(SectionKind.HOLONYMS),
                    relations(SectionKind.DERIVED_TERMS), RelationExtractor.extract(lines(SectionKind.DESCENDANTS), true),
                    formOf == null ? null : formOf.lemma(), formOf == null ? List.of() : formOf.tags(),
                    etymology(text), new SourceRef(EDITION, page.title(), page.pageId(), page.revisionId(), headingIndex),
                    List.copyOf(warnings));
            return heads.inflectionClass() == null ? entry : entry.withInflectionClass(heads.inflectionClass());
        }

        private List<LinkedTerm> relations(SectionKind kind) {
            return RelationExtractor.extract(lines(kind), false);
        }

        /** One paragraph of the language's Étymologie, its lines' leading colons dropped. */
        private String etymology(FrenchText text) {
            List<String> lines = new ArrayList<>();
            for (String line : WikiText.joinOpenTemplates(language.etymology)) {
                String content = WikiText.withoutLeading(line, ":*# ");
                if (!content.isBlank()) {
                    lines.add(content);
                }
            }
            String plain = text.plain(String.join("\n", lines));
            return plain.isEmpty() ? null : plain;
        }
    }
}
