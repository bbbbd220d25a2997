package org.aqea.edition;

import java.util.ArrayList;
import java.util.List;
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
                String value = WikiText.toPlainText(template.arg(1)).strip();
                if (names.contains(template.name().strip()) && !value.isEmpty() && !value.equals("...") && !values.contains(value)) {
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
        List<LexicalEntry> entries = new ArrayList<>(partsOfSpeech.size());
        List<List<Sense>> senses = new ArrayList<>();
        for (PartOfSpeech pos : partsOfSpeech) {
            budget.check();
            senses.add(DefinitionList.extract(definitions(pos), text));
        }
        for (PartOfSpeech pos : partsOfSpeech) {
            budget.check();
            entries.add(entry(page, pos, senses.get(pos.index()), translations(pos, partsOfSpeech, senses)));
        }
        return entries;
    }

    private LexicalEntry entry(DumpPage page, PartOfSpeech pos, List<Sense> senses, List<Translation> translations) {
        List<String> warnings = new ArrayList<>();
        String name = languages.nameOf(pos.language());
        String code = languages.preferredCode(pos.language());
        if (code == null) {
            warnings.add("no language code known for '" + pos.language() + "'");
        }
        if (senses.isEmpty()) {
            warnings.add("part of speech '" + pos.heading().text() + "' without definitions");
        }
        List<String> lines = WikiText.joinOpenTemplates(pos.lines());
        List<String> headLines = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                break;
            }
            headLines.add(line);
        }
        Head head = head(headLines, page.title());
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

    private static List<String> definitions(PartOfSpeech pos) {
        List<String> lines = WikiText.joinOpenTemplates(pos.lines());
        int first = 0;
        while (first < lines.size() && !lines.get(first).startsWith("#")) {
            first++;
        }
        return lines.subList(first, lines.size());
    }

    /**
     * A part of speech's translations: of the translation sections serving it and the other parts of speech of its
     * language they serve, the boxes that name one of its senses, or that name none of theirs when it is the first.
     */
    private List<Translation> translations(PartOfSpeech pos, List<PartOfSpeech> all, List<List<Sense>> senses) {
        List<String> lines = pos.lines(Kind.TRANSLATIONS);
        if (lines.isEmpty()) {
            return List.of();
        }
        List<PartOfSpeech> sharing = new ArrayList<>();
        for (PartOfSpeech other : pos.ofLanguage()) {
            if (other.lines(Kind.TRANSLATIONS).equals(lines)) {
                sharing.add(other);
            }
        }
        List<List<Sense>> sharingSenses = new ArrayList<>();
        sharing.forEach(other -> sharingSenses.add(senses.get(other.index())));
        List<TranslationLines.Box> boxes = TranslationLines.boxes(WikiText.joinOpenTemplates(lines), translations);
        return TranslationLines.distribute(boxes, sharingSenses).get(sharing.indexOf(pos));
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
