package org.aqea.nlwiktionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Parses a page of the Dutch Wiktionary (WikiWoordenboek), as its layout guide (WikiWoordenboek:Stramien, Conventies
 * en afspraken) writes one: a language {@code {{=nld=}}} (the ISO 639-3 code between equal signs), then sections as
 * templates alone on a line, {@code {{-pron-}}}, {@code {{-syll-}}} and {@code {{-etym-}}} for the language's parts of
 * speech, a part of speech {@code {{-noun-|nld}}} with its inflection {@code {{-nlnoun-|hond|honden|hondje|hondjes}}},
 * gender {@code {{-l-|m}}}, definitions {@code #} and examples {@code {{bijv-1|…}}} after them, then its
 * {@code {{-syn-}}}, {@code {{-trans-}}} ({@code {{trans-top|1. huisdier}}}, {@code *{{eng}}: {{trad|eng|dog}}}).
 * The older layout with plain headings ({@code ==Nederlands==}, {@code ====Zelfstandig naamwoord====}) is read too.
 * Language codes become the table's code of the language (Dutch {@code eng} is {@code en}, as in every source).
 */
public final class DutchPageParser extends SectionedPageParser {

    public static final String EDITION = "nl";

    /** Part-of-speech section templates and the headings they show, to their normalised part of speech. */
    private static final Map<String, String> PARTS_OF_SPEECH = Map.ofEntries(
            Map.entry("-noun-", "noun"), Map.entry("-verb-", "verb"), Map.entry("-adjc-", "adj"),
            Map.entry("-adverb-", "adv"), Map.entry("-prep-", "prep"), Map.entry("-conj-", "conj"),
            Map.entry("-interj-", "intj"), Map.entry("-art-", "article"), Map.entry("-num-", "num"),
            Map.entry("-ordnum-", "adj"), Map.entry("-prop-", "name"), Map.entry("-name-", "name"),
            Map.entry("-pronoun-", "pron"), Map.entry("-pers-pronoun-", "pron"), Map.entry("-poss-pronoun-", "pron"),
            Map.entry("-dem-pronoun-", "pron"), Map.entry("-abbr-", "abbrev"), Map.entry("-phrase-", "phrase"),
            Map.entry("-prefix-", "affix"), Map.entry("-suffix-", "affix"), Map.entry("-symbol-", "symbol"),
            Map.entry("-letter-", "symbol"), Map.entry("-particle-", "particle"),
            Map.entry("zelfstandig naamwoord", "noun"), Map.entry("werkwoord", "verb"),
            Map.entry("bijvoeglijk naamwoord", "adj"), Map.entry("bijwoord", "adv"), Map.entry("voorzetsel", "prep"),
            Map.entry("voegwoord", "conj"), Map.entry("tussenwerpsel", "intj"), Map.entry("lidwoord", "article"),
            Map.entry("hoofdtelwoord", "num"), Map.entry("rangtelwoord", "adj"), Map.entry("eigennaam", "name"),
            Map.entry("voornaamwoord", "pron"), Map.entry("persoonlijk voornaamwoord", "pron"),
            Map.entry("afkorting", "abbrev"), Map.entry("frase", "phrase"), Map.entry("voorvoegsel", "affix"),
            Map.entry("achtervoegsel", "affix"), Map.entry("symbool", "symbol"), Map.entry("letter", "symbol"),
            Map.entry("partikel", "particle"));
    private static final Map<String, Kind> SECTIONS = Map.ofEntries(
            Map.entry("-pron-", Kind.PRONUNCIATION), Map.entry("-syll-", Kind.HYPHENATION),
            Map.entry("-etym-", Kind.ETYMOLOGY), Map.entry("-trans-", Kind.TRANSLATIONS), Map.entry("-syn-", Kind.SYNONYMS),
            Map.entry("-ant-", Kind.ANTONYMS), Map.entry("-hyper-", Kind.HYPERNYMS), Map.entry("-hypo-", Kind.HYPONYMS),
            Map.entry("-rel-", Kind.RELATED), Map.entry("-drv-", Kind.DERIVED), Map.entry("uitspraak", Kind.PRONUNCIATION),
            Map.entry("woordafbreking", Kind.HYPHENATION), Map.entry("woordherkomst en -opbouw", Kind.ETYMOLOGY),
            Map.entry("vertalingen", Kind.TRANSLATIONS), Map.entry("synoniemen", Kind.SYNONYMS),
            Map.entry("antoniemen", Kind.ANTONYMS), Map.entry("hyperoniemen", Kind.HYPERNYMS),
            Map.entry("hyponiemen", Kind.HYPONYMS), Map.entry("verwante begrippen", Kind.RELATED),
            Map.entry("afgeleide begrippen", Kind.DERIVED));
    /** Templates that write an inflected form's definition, the lemma first. */
    private static final Set<String> FORM_TEMPLATES = Set.of("noun-pl", "noun-dim", "noun-dim-pl", "noun-form", "1ps",
            "2ps", "3ps", "ott-1ps", "ott-2ps", "ott-3ps", "ovt-ev", "ovt-mv", "adjc-form", "adjcomp", "adjsup",
            "oudeschrijfwijze");
    /** How a definition of an inflected form begins, as the form templates render it. */
    private static final List<String> FORM_GLOSSES = List.of("meervoud van", "verkleinwoord", "verbogen vorm van",
            "eerste persoon", "tweede persoon", "derde persoon", "gebiedende wijs", "onvoltooid deelwoord van",
            "voltooid deelwoord van", "verleden tijd", "vergrotende trap van", "overtreffende trap van", "verouderde spelling");
    /** Section templates whose sections the parser leaves out. */
    private static final Set<String> OTHER_SECTIONS = Set.of("-expr-", "-prov-", "-rhymes-", "-anagrams-", "-info-",
            "-note-", "-desc-", "-holo-", "-mero-", "-homo-", "-paro-", "-typ-", "-ref-", "-sources-", "-conj-form-",
            "-decl-", "-pronoun-form-");
    /** {@code {{-nlnoun-|hond|honden|hondje|hondjes}}}: its forms' tags in order. */
    private static final List<List<String>> NOUN_FORMS = List.of(List.of("singular"), List.of("plural"),
            List.of("diminutive", "singular"), List.of("diminutive", "plural"));
    private static final Set<String> GENDERS = Set.of("m", "f", "n");

    private final DutchText text;

    public DutchPageParser() {
        this(LanguageTable.bundled(DutchPageParser.class), new DutchText());
    }

    private DutchPageParser(LanguageTable languages, DutchText text) {
        super(EDITION, languages, text, new TranslationLines.Syntax(Set.of("trans-top"), Set.of("trans-bottom"),
                Set.of("trad"), languages::preferredCode), Set.of("l", "Q"));
        this.text = text;
    }

    /**
     * A language template, or a section template the parser knows or leaves out: other templates between dashes
     * ({@code {{-l-|m}}}, {@code {{-nlnoun-|…}}}) are a part of speech's head.
     */
    @Override
    public boolean isHeading(Template template) {
        String name = template.name().strip();
        return name.length() > 2 && name.startsWith("=") && name.endsWith("=") || PARTS_OF_SPEECH.containsKey(name)
                || SECTIONS.containsKey(name) || OTHER_SECTIONS.contains(name);
    }

    @Override
    public Role roleOf(Heading heading) {
        List<Template> templates = Templates.find(heading.text());
        String name = templates.isEmpty() ? WikiText.toPlainText(heading.text()).strip() : templates.get(0).name().strip();
        if (name.length() > 2 && name.startsWith("=") && name.endsWith("=")) {
            return new Role(Kind.LANGUAGE, name.substring(1, name.length() - 1));
        }
        if (heading.level() == 2 && templates.isEmpty()) {
            // The older layout: the language by its name.
            String code = languages.codeOf(name);
            return new Role(Kind.LANGUAGE, code == null ? name : code);
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (PARTS_OF_SPEECH.containsKey(key)) {
            return new Role(Kind.PART_OF_SPEECH, key);
        }
        return SECTIONS.containsKey(key) ? Role.of(SECTIONS.get(key)) : Role.UNKNOWN;
    }

    @Override
    protected PartOfSpeechKind kindOf(String key) {
        return new PartOfSpeechKind(PARTS_OF_SPEECH.get(key), false);
    }

    /**
     * An inflected form's lemma: the first argument of a form template ({@code {{noun-pl|hond}}}), or the word a
     * definition of form links ("meervoud van [[hond]]"); WikiWoordenboek has no headings of inflected forms.
     */
    @Override
    protected String formOf(PartOfSpeechKind kind, List<String> lines) {
        for (String line : lines) {
            for (Template template : Templates.find(line)) {
                if (FORM_TEMPLATES.contains(template.name().strip()) && !template.arg(1).isBlank()) {
                    return WikiText.toPlainText(template.arg(1));
                }
            }
            if (line.startsWith("#") && !line.startsWith("#:") && !line.startsWith("#*")) {
                String gloss = text.plain(line.substring(1)).toLowerCase(Locale.ROOT);
                List<String> links = WikiText.linkTargets(line);
                boolean form = FORM_GLOSSES.stream().anyMatch(gloss::startsWith);
                return form && !links.isEmpty() ? links.get(links.size() - 1) : null;
            }
        }
        return null;
    }

    @Override
    protected Head head(List<String> lines, String title) {
        List<String> genders = new ArrayList<>();
        List<Form> forms = new ArrayList<>();
        for (String line : lines) {
            for (Template template : Templates.find(line)) {
                String name = template.name().strip();
                if (name.equals("-l-")) {
                    for (String argument : template.positional()) {
                        for (String mark : argument.split("[/\\s]+")) {
                            if (GENDERS.contains(mark) && !genders.contains(mark)) {
                                genders.add(mark);
                            }
                        }
                    }
                } else if (name.equals("-nlnoun-") || name.equals("nlnoun")) {
                    for (int i = 1; i <= NOUN_FORMS.size(); i++) {
                        String form = WikiText.toPlainText(template.arg(i));
                        if (!form.isEmpty() && !form.equals("-")) {
                            forms.add(new Form(form, NOUN_FORMS.get(i - 1)));
                        }
                    }
                }
            }
        }
        return new Head(List.copyOf(genders), List.copyOf(forms), List.of(), List.of());
    }

    @Override
    protected Sound sound(List<String> pronunciation, List<String> hyphenation) {
        // "*hon·den"
        return new Sound(firstArguments(pronunciation, Set.of("IPA", "IPA-nl-standaard")),
                firstArguments(pronunciation, Set.of("audio")), syllables(hyphenation, "·"));
    }
}
