package org.aqea.itwiktionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aqea.edition.LanguageTable;
import org.aqea.edition.SectionedPageParser;
import org.aqea.lexicon.Form;
import org.aqea.wikitext.Heading;
import org.aqea.wikitext.SectionedPage.Kind;
import org.aqea.wikitext.SectionedPage.Role;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.TranslationLines;
import org.aqea.wikitext.WikiText;

/**
 * Parses a page of the Italian Wiktionary: language sections {@code == {{-it-}} ==} (the code between dashes), and
 * under them sections written as a template alone on a line: parts of speech {@code {{-sost-|it}}}, then
 * {@code {{-sill-}}} ({@code ; bril | lan | tì | no}), {@code {{-pron-}}} ({@code {{IPA|/…/}}}), {@code {{-etim-}}},
 * {@code {{-sin-}}}, {@code {{-ant-}}}, {@code {{-der-}}}, {@code {{-rel-}}} serving the parts of speech just before
 * them, and {@code {{-trad-}}}, whose boxes {@code {{Trad1|gloss}}} go to the part of speech of the language whose
 * sense they name. A part of speech's head: {@code {{Pn}} ''m sing''} (the gender in italics),
 * {@code {{Linkp|plural}}}, {@code {{Tabs|m sg|m pl|f sg|f pl}}}.
 */
public final class ItalianPageParser extends SectionedPageParser {

    public static final String EDITION = "it";

    /** Part-of-speech section templates, to their normalised part of speech; "form" ones are inflected forms. */
    private static final Map<String, String> PARTS_OF_SPEECH = Map.ofEntries(
            Map.entry("-sost-", "noun"), Map.entry("-verb-", "verb"), Map.entry("-agg-", "adj"), Map.entry("-avv-", "adv"),
            Map.entry("-pronome-", "pron"), Map.entry("-prep-", "prep"), Map.entry("-cong-", "conj"),
            Map.entry("-inter-", "intj"), Map.entry("-art-", "article"), Map.entry("-nome-", "name"),
            Map.entry("-name-", "name"), Map.entry("-acron-", "abbrev"), Map.entry("-abbr-", "abbrev"),
            Map.entry("-sigla-", "abbrev"), Map.entry("-suff-", "affix"), Map.entry("-pref-", "affix"),
            Map.entry("-num-", "num"), Map.entry("-espr-", "phrase"), Map.entry("-loc nom-", "noun"),
            Map.entry("-loc verb-", "verb"), Map.entry("-loc agg-", "adj"), Map.entry("-loc avv-", "adv"),
            Map.entry("-loc prep-", "prep"), Map.entry("-loc cong-", "conj"), Map.entry("-loc inter-", "intj"),
            Map.entry("-prov-", "phrase"), Map.entry("-simb-", "symbol"), Map.entry("-lett-", "symbol"),
            Map.entry("-part-", "particle"), Map.entry("-sost form-", "noun"), Map.entry("-verb form-", "verb"),
            Map.entry("-agg form-", "adj"), Map.entry("-pronome form-", "pron"), Map.entry("-art form-", "article"));
    private static final Map<String, Kind> SECTIONS = Map.ofEntries(
            Map.entry("-sill-", Kind.HYPHENATION), Map.entry("-pron-", Kind.PRONUNCIATION),
            Map.entry("-etim-", Kind.ETYMOLOGY), Map.entry("-trad-", Kind.TRANSLATIONS), Map.entry("-sin-", Kind.SYNONYMS),
            Map.entry("-ant-", Kind.ANTONYMS), Map.entry("-der-", Kind.DERIVED), Map.entry("-rel-", Kind.RELATED),
            Map.entry("-iperon-", Kind.HYPERNYMS), Map.entry("-ipon-", Kind.HYPONYMS));
    private static final Set<String> GENDERS = Set.of("m", "f", "n");

    public ItalianPageParser() {
        this(LanguageTable.bundled(ItalianPageParser.class));
    }

    private ItalianPageParser(LanguageTable languages) {
        super(EDITION, languages, new ItalianText(languages), new TranslationLines.Syntax(Set.of("Trad1", "trad1"),
                Set.of("Trad2", "trad2"), Set.of("trad"), languages::preferredCode), Set.of("Linkp", "linkp"));
    }

    @Override
    public boolean isHeading(Template template) {
        String name = template.name();
        return name.length() > 2 && name.startsWith("-") && name.endsWith("-");
    }

    @Override
    public Role roleOf(Heading heading) {
        List<Template> templates = Templates.find(heading.text());
        String name = templates.isEmpty() ? "" : templates.get(0).name().strip();
        if (heading.level() > 0) {
            return heading.level() <= 2 && !templates.isEmpty() && isHeading(templates.get(0))
                    ? new Role(Kind.LANGUAGE, name.substring(1, name.length() - 1)) : Role.UNKNOWN;
        }
        if (PARTS_OF_SPEECH.containsKey(name)) {
            return new Role(Kind.PART_OF_SPEECH, name);
        }
        return SECTIONS.containsKey(name) ? Role.of(SECTIONS.get(name)) : Role.UNKNOWN;
    }

    /** Translation boxes name their sense by its gloss, over all the language's parts of speech. */
    @Override
    public boolean servesWholeLanguage(Kind kind) {
        return kind == Kind.TRANSLATIONS;
    }

    @Override
    protected PartOfSpeechKind kindOf(String key) {
        return new PartOfSpeechKind(PARTS_OF_SPEECH.get(key), key.contains(" form-"));
    }

    @Override
    protected Head head(List<String> lines, String title) {
        List<String> genders = new ArrayList<>();
        List<Form> forms = new ArrayList<>();
        for (String line : lines) {
            for (Template template : Templates.find(line)) {
                if (template.name().equals("Linkp") && !template.arg(1).isBlank()) {
                    forms.add(new Form(WikiText.toPlainText(template.arg(1)), List.of("plural")));
                } else if (template.name().equals("Tabs")) {
                    tabs(template, forms);
                }
            }
            if (line.contains("{{Pn")) {
                // The gender in italics after the page name: ''m'', ''f sing'', ''m e f''.
                for (String word : WikiText.toPlainText(WikiText.stripTemplates(line)).split("[\\s,]+")) {
                    if (GENDERS.contains(word) && !genders.contains(word)) {
                        genders.add(word);
                    }
                }
            }
        }
        return new Head(List.copyOf(genders), List.copyOf(forms), List.of(), List.of());
    }

    /** {@code {{Tabs|lettore|lettori|lettrice|lettrici}}}: masculine singular and plural, feminine singular and plural. */
    private static void tabs(Template template, List<Form> forms) {
        String[][] tags = {{"masculine", "singular"}, {"masculine", "plural"}, {"feminine", "singular"}, {"feminine", "plural"}};
        for (int i = 1; i <= 4; i++) {
            String form = WikiText.toPlainText(template.arg(i));
            if (!form.isEmpty()) {
                forms.add(new Form(form, List.of(tags[i - 1])));
            }
        }
    }

    @Override
    protected Sound sound(List<String> pronunciation, List<String> hyphenation) {
        // "; bril | lan | tì | no"
        return new Sound(firstArguments(pronunciation, Set.of("IPA")), firstArguments(pronunciation, Set.of("Audio")),
                syllables(hyphenation, "\\|"));
    }
}
