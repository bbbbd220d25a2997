package org.aqea.edition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.SourceRef;
import org.aqea.lexicon.Translation;
import org.aqea.wikitext.DefinitionList;
import org.aqea.wikitext.PageBudget;
import org.aqea.wikitext.RelationLines;
import org.aqea.wikitext.RenderedText;
import org.aqea.wikitext.SectionedPage;
import org.aqea.wikitext.SectionedPage.Kind;
import org.aqea.wikitext.SectionedPage.PartOfSpeech;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.TranslationLines;
import org.aqea.wikitext.WikiText;

/**
 * A parser for the editions whose pages {@link SectionedPage} reads (Italian, Portuguese, Dutch): the sections, the
 * definition list, the translation boxes and the relation lists are read here for them all; an edition says what its
 * headings are, how it writes a part of speech's head (genders, forms) and its pronunciation, and renders its
 * templates. A language heading's key is the code as the edition writes it; the entry gets the code the edition's
 * table gives that language's name (Dutch {@code eng} is {@code en}, as in every other source).
 */
public abstract class SectionedPageParser implements PageParser, SectionedPage.Classifier {

    /** What a part of speech's own lines say before its definitions. */
    public record Head(List<String> genders, List<Form> forms, List<String> ipa, List<String> hyphenation) {
    }

    /** What the pronunciation and hyphenation sections serving a part of speech say. */
    public record Sound(List<String> ipa, List<String> audio, List<String> hyphenation) {
    }

    /** A part of speech heading's key: the normalised part of speech, and whether it is of inflected forms. */
    public record PartOfSpeechKind(String pos, boolean inflectedForm) {
    }

    private final String edition;
    protected final LanguageTable languages;
    private final RenderedText text;
    private final TranslationLines.Syntax translations;
    private final Set<String> linkTemplates;

    /**
     * @param text          the edition's templates rendered; one instance a parser, as a parser serves one thread
     * @param translations  how the edition writes translations
     * @param linkTemplates templates of relation lists whose first argument is a word
     */
    protected SectionedPageParser(String edition, LanguageTable languages, RenderedText text,
                                  TranslationLines.Syntax translations, Set<String> linkTemplates) {
        this.edition = edition;
        this.languages = languages;
        this.text = text;
        this.translations = translations;
        this.linkTemplates = linkTemplates;
    }

    @Override
    public final String edition() {
        return edition;
    }

    /** The part of speech a heading's key names. */
    protected abstract PartOfSpeechKind kindOf(String key);

    /** The head of a part of speech: its lines before its definitions. */
    protected abstract Head head(List<String> lines, String title);

    /** The pronunciation and hyphenation sections serving a part of speech. */
    protected abstract Sound sound(List<String> pronunciation, List<String> hyphenation);

    /** The first arguments of the templates of these names in the lines, each once, in order: IPA, recordings. */
    protected static List<String> firstArguments(List<String> lines, Set<String> names) {
        List<String> values = new ArrayList<>();
        for (String line : lines) {
            for (Template template : Templates.find(line)) {
                if (!names.contains(template.name().strip())) {
                    continue;
                }
                String value = WikiText.toPlainText(template.arg(1)).strip();
                if (!value.isEmpty() && !value.equals("...") && !values.contains(value)) {
                    values.add(value);
                }
            }
        }
        return List.copyOf(values);
    }

    /** The syllables of a hyphenation section: its first line, list marks dropped, cut where {@code separator} matches. */
    protected static List<String> syllables(List<String> lines, String separator) {
        List<String> syllables = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                for (String part : WikiText.withoutLeading(line, ";:* ").split(separator)) {
                    String syllable = WikiText.toPlainText(part).strip();
                    if (!syllable.isEmpty()) {
                        syllables.add(syllable);
                    }
                }
                break;
            }
        }
        return List.copyOf(syllables);
    }

    /**
     * The lemma a part of speech is a form of, from its lines: by default, for a heading of inflected forms, the last
     * word its first definition links.
     */
    protected String formOf(PartOfSpeechKind kind, List<String> lines) {
        if (!kind.inflectedForm()) {
            return null;
        }
        for (String line : lines) {
            if (line.startsWith("#") && !line.startsWith("#*") && !line.startsWith("#:")) {
                List<String> links = WikiText.linkTargets(line);
                return links.isEmpty() ? null : links.get(links.size() - 1);
            }
        }
        return null;
    }

    @Override
    public List<LexicalEntry> parse(DumpPage page, PageBudget budget) {
        text.page(page.title());
        List<PartOfSpeech> partsOfSpeech = SectionedPage.of(page.text(), this, budget);
        List<List<String>> lines = new ArrayList<>(partsOfSpeech.size());
        List<List<Sense>> senses = new ArrayList<>(partsOfSpeech.size());
        for (PartOfSpeech pos : partsOfSpeech) {
            budget.check();
            List<String> joined = WikiText.joinOpenTemplates(pos.lines());
            lines.add(joined);
            senses.add(DefinitionList.extract(joined.subList(firstDefinition(joined), joined.size()), text));
        }
        List<List<Translation>> translations = translations(partsOfSpeech, senses);
        List<LexicalEntry> entries = new ArrayList<>(partsOfSpeech.size());
        for (PartOfSpeech pos : partsOfSpeech) {
            budget.check();
            entries.add(entry(page, pos, lines.get(pos.index()), senses.get(pos.index()), translations.get(pos.index())));
        }
        return entries;
    }

    private LexicalEntry entry(DumpPage page, PartOfSpeech pos, List<String> lines, List<Sense> senses,
                               List<Translation> translations) {
        List<String> warnings = new ArrayList<>();
        String name = languages.nameOf(pos.language());
        String code = languages.preferredCode(pos.language());
        if (code == null) {
            warnings.add("no language code known for '" + pos.language() + "'");
        }
        if (senses.isEmpty()) {
            warnings.add("part of speech '" + pos.heading().text() + "' without definitions");
        }
        Head head = head(lines.subList(0, firstDefinition(lines)), page.title());
        Sound sound = sound(pos.lines(Kind.PRONUNCIATION), pos.lines(Kind.HYPHENATION));
        List<String> ipa = new ArrayList<>(head.ipa());
        sound.ipa().stream().filter(each -> !ipa.contains(each)).forEach(ipa::add);
        PartOfSpeechKind kind = kindOf(pos.key());
        String lemma = formOf(kind, lines);
        String headingName = WikiText.toPlainText(text.plain(pos.heading().text())).strip();
        List<String> posRaw = List.of(headingName.isEmpty() ? pos.key() : headingName);
        return new LexicalEntry(page.title(), code == null ? pos.language() : name, code, kind.pos(), posRaw,
                head.genders(), head.hyphenation().isEmpty() ? sound.hyphenation() : head.hyphenation(), List.copyOf(ipa),
                List.of(), sound.audio(), List.of(), senses, head.forms(), translations, List.of(),
                relations(pos, Kind.SYNONYMS), relations(pos, Kind.ANTONYMS), relations(pos, Kind.HYPERNYMS),
                relations(pos, Kind.HYPONYMS), relations(pos, Kind.RELATED), List.of(), List.of(), List.of(),
                relations(pos, Kind.DERIVED), List.of(), lemma, List.of(), etymology(pos.lines(Kind.ETYMOLOGY)),
                new SourceRef(edition(), page.title(), page.pageId(), page.revisionId(), pos.index()), List.copyOf(warnings));
    }

    /** Where a part of speech's definitions begin: its first {@code #} line; the lines before are its head. */
    private static int firstDefinition(List<String> lines) {
        int first = 0;
        while (first < lines.size() && !lines.get(first).startsWith("#")) {
            first++;
        }
        return first;
    }

    /**
     * Each part of speech's translations. A translation section serving several parts of speech of a language is read
     * once, and its boxes go to the one whose sense each names, or to the first when it names none of theirs.
     */
    private List<List<Translation>> translations(List<PartOfSpeech> partsOfSpeech, List<List<Sense>> senses) {
        List<List<Translation>> translations = new ArrayList<>(Collections.nCopies(partsOfSpeech.size(), List.of()));
        // The key: the language section and the lines; parts of speech of two languages never share a section.
        Map<Map.Entry<List<PartOfSpeech>, List<String>>, List<PartOfSpeech>> bySection = new LinkedHashMap<>();
        for (PartOfSpeech pos : partsOfSpeech) {
            List<String> lines = pos.lines(Kind.TRANSLATIONS);
            if (!lines.isEmpty()) {
                bySection.computeIfAbsent(Map.entry(pos.ofLanguage(), lines), key -> new ArrayList<>()).add(pos);
            }
        }
        for (Map.Entry<Map.Entry<List<PartOfSpeech>, List<String>>, List<PartOfSpeech>> section : bySection.entrySet()) {
            List<List<Sense>> sharingSenses = new ArrayList<>();
            section.getValue().forEach(pos -> sharingSenses.add(senses.get(pos.index())));
            List<List<Translation>> distributed = TranslationLines.distribute(
                    TranslationLines.boxes(WikiText.joinOpenTemplates(section.getKey().getValue()), this.translations), sharingSenses);
            for (int i = 0; i < distributed.size(); i++) {
                translations.set(section.getValue().get(i).index(), distributed.get(i));
            }
        }
        return translations;
    }

    private List<LinkedTerm> relations(PartOfSpeech pos, Kind kind) {
        return RelationLines.extract(pos.lines(kind), linkTemplates);
    }

    /** The etymology's text, its lines' list marks dropped, and the lines that only link a category or another wiki. */
    private String etymology(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : WikiText.joinOpenTemplates(lines)) {
            String content = WikiText.withoutLeading(line, ":*# ");
            boolean namespaceLink = content.startsWith("[[") && content.strip().endsWith("]]")
                    && content.indexOf(':') > 0 && content.indexOf(':') < content.indexOf("]]");
            if (!content.isBlank() && !namespaceLink) {
                paragraphs.add(content);
            }
        }
        String plain = text.plain(String.join("\n", paragraphs));
        return plain.isEmpty() ? null : plain;
    }
}
