package org.aqea.enwiktionary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aqea.dump.DumpPage;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.SourceRef;
import org.aqea.wikitext.Heading;
import org.aqea.wikitext.PageBudget;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.WikiText;

/**
 * Parses a page of the English Wiktionary into lexical entries: one per part-of-speech heading (level 3 or deeper)
 * of every language section ({@code ==German==}). A numbered etymology ({@code ===Etymology 2===}) groups the parts
 * of speech under it, which are homographs of those of other etymologies; its text and any pronunciation under it
 * are theirs, while an unnumbered Etymology or Pronunciation section serves every part of speech of its language.
 * The sections after a part of speech (Translations, Synonyms, ...) are that part of speech's, at whatever level.
 * Never throws from {@link #parse}: what cannot be parsed becomes a warning of the entry (or of a placeholder).
 */
public final class EnglishPageParser implements PageParser {

    public static final String EDITION = "en";

    private final LanguageNames languages;
    private final TemplateText text;

    /** A parser with the bundled language table. */
    public EnglishPageParser() {
        this(LanguageNames.bundled());
    }

    EnglishPageParser(LanguageNames languages) {
        this.languages = languages;
        this.text = new TemplateText(languages);
    }

    @Override
    public String edition() {
        return EDITION;
    }

    @Override
    public List<LexicalEntry> parse(DumpPage page, PageBudget budget) {
        String[] lines = WikiText.stripComments(page.text()).split("\n");
        List<Draft> drafts = new ArrayList<>();
        Scope language = null;
        Scope etymology = null;
        Draft draft = null;
        List<String> target = null;
        for (String rawLine : lines) {
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
                // Older pages link the language's name: ==[[Low Saxon]]==.
                String name = WikiText.toPlainText(heading.text());
                language = heading.level() == 2 ? new Scope(heading.level(), name, languages.codeOf(name)) : null;
                etymology = null;
                draft = null;
                continue;
            }
            if (language == null) {
                continue;
            }
            SectionKind kind = SectionKind.of(heading.text());
            boolean numberedEtymology = kind == SectionKind.ETYMOLOGY && SectionKind.isNumbered(heading.text());
            if (etymology != null && heading.level() <= etymology.level) {
                etymology = null;
            }
            switch (kind) {
                case ETYMOLOGY -> {
                    if (numberedEtymology) {
                        etymology = new Scope(heading.level(), heading.text(), language.code);
                        draft = null;
                        target = etymology.etymology;
                    } else {
                        target = (etymology != null ? etymology : language).etymology;
                    }
                }
                case PRONUNCIATION -> target = (etymology != null ? etymology : language).pronunciation;
                case PART_OF_SPEECH -> {
                    draft = new Draft(language, etymology, heading.text(), drafts.size());
                    drafts.add(draft);
                    target = draft.body;
                }
                default -> {
                    if (draft != null) {
                        if (kind == SectionKind.UNKNOWN) {
                            draft.warnings.add("unknown section '" + heading.text() + "'");
                        }
                        target = kind == SectionKind.IGNORED || kind == SectionKind.UNKNOWN ? null
                                : draft.sections.computeIfAbsent(kind, k -> new ArrayList<>());
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

    /** A language section, or a numbered etymology in one: what it says for all its parts of speech. */
    private static final class Scope {
        final int level;
        final String name;
        final String code;
        final List<String> etymology = new ArrayList<>();
        final List<String> pronunciation = new ArrayList<>();

        Scope(int level, String name, String code) {
            this.level = level;
            this.name = name;
            this.code = code;
        }
    }

    /** The lines of one part-of-speech section and of the sections that follow it, until it is built. */
    private static final class Draft {
        final Scope language;
        final Scope etymology;
        final String heading;
        final int headingIndex;
        final List<String> body = new ArrayList<>();
        final Map<SectionKind, List<String>> sections = new EnumMap<>(SectionKind.class);
        final List<String> warnings = new ArrayList<>();

        Draft(Scope language, Scope etymology, String heading, int headingIndex) {
            this.language = language;
            this.etymology = etymology;
            this.heading = heading;
            this.headingIndex = headingIndex;
        }

        List<String> lines(SectionKind kind) {
            return sections.getOrDefault(kind, List.of());
        }

        LexicalEntry build(DumpPage page, TemplateText text) {
            if (language.code == null) {
                warnings.add("no language code known for '" + language.name + "'");
            }
            List<Template> head = new ArrayList<>();
            List<String> definitions = new ArrayList<>();
            for (String line : body) {
                if (line.startsWith("#")) {
                    definitions.add(line);
                } else if (definitions.isEmpty() && line.contains("{{")) {
                    head.addAll(Templates.find(line));
                }
            }
            HeadExtractor.Head heads = HeadExtractor.extract(head, page.title(), warnings);
            SenseExtractor.Result senses = SenseExtractor.extract(definitions, text);
            if (senses.senses().isEmpty()) {
                warnings.add("part of speech '" + heading + "' without definitions");
            }
            Scope pronunciationScope = etymology != null && !etymology.pronunciation.isEmpty() ? etymology : language;
            PronunciationExtractor.Result pronunciation = PronunciationExtractor.extract(pronunciationScope.pronunciation);
            SenseMatcher matcher = new SenseMatcher(senses.senses());
            TranslationExtractor.Result translations = TranslationExtractor.extract(lines(SectionKind.TRANSLATIONS), matcher);
            List<Form> forms = new ArrayList<>(heads.forms());
            for (LinkedTerm alternative : RelationExtractor.extract(lines(SectionKind.ALTERNATIVE_FORMS), matcher, false)) {
                Form form = new Form(alternative.word(), List.of("alternative"));
                if (!forms.contains(form)) {
                    forms.add(form);
                }
            }
            FormOf.Target formOf = senses.formOf();
            return new LexicalEntry(page.title(), language.name, language.code, SectionKind.posOf(heading), List.of(heading),
                    heads.genders(), pronunciation.hyphenation(), pronunciation.ipa(), pronunciation.pronunciations(),
                    pronunciation.audio(), pronunciation.rhymes(), senses.senses(), List.copyOf(forms),
                    translations.translations(), translations.see(),
                    relations(SectionKind.SYNONYMS, senses, matcher), relations(SectionKind.ANTONYMS, senses, matcher),
                    relations(SectionKind.HYPERNYMS, senses, matcher), relations(SectionKind.HYPONYMS, senses, matcher),
                    relations(SectionKind.RELATED_TERMS, senses, matcher), relations(SectionKind.COORDINATE_TERMS, senses, matcher),
                    relations(SectionKind.MERONYMS, senses, matcher), relations(SectionKind.HOLONYMS, senses, matcher),
                    relations(SectionKind.DERIVED_TERMS, senses, matcher),
                    RelationExtractor.extract(lines(SectionKind.DESCENDANTS), matcher, true),
                    formOf == null ? null : formOf.lemma(), formOf == null ? List.of() : formOf.tags(),
                    etymology(text), new SourceRef(EDITION, page.title(), page.pageId(), page.revisionId(), headingIndex),
                    List.copyOf(warnings));
        }

        /** The section's words, then those written under the senses. */
        private List<LinkedTerm> relations(SectionKind kind, SenseExtractor.Result senses, SenseMatcher matcher) {
            List<LinkedTerm> terms = new ArrayList<>(RelationExtractor.extract(lines(kind), matcher, false));
            terms.addAll(senses.relations().getOrDefault(kind, List.of()));
            return List.copyOf(terms);
        }

        /** A line of a wiki table ({@code {|}, {@code |-}, {@code |}}, cells): a picture's frame, no etymology. */
        private static boolean isTableLine(String line) {
            return line.startsWith("{|") || line.startsWith("|") || line.startsWith("!");
        }

        private String etymology(TemplateText text) {
            List<String> lines = etymology != null && !etymology.etymology.isEmpty() ? etymology.etymology : language.etymology;
            // One paragraph: a footnote or template may go on over several lines.
            String plain = text.plain(String.join("\n", lines.stream().filter(line -> !isTableLine(line)).toList()));
            return plain.isEmpty() ? null : plain;
        }
    }
}
