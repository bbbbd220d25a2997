package org.aqea.ptwiktionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Parses a page of the Portuguese Wiktionary: language sections {@code ={{-pt-}}=} (the code between dashes), parts
 * of speech {@code ==Substantivo==} or {@code =={{Substantivo|pt}}==} under them, with their own
 * {@code ===Tradução===}, {@code ===Sinônimos===}, {@code ===Antônimos===}; the language's
 * {@code =={{pronúncia|pt}}==} (its subsections by region) and {@code =={{etimologia|pt}}==} serve all its parts of
 * speech. A part of speech's head: {@code {{flex.pt|ms=baiano|mp=baianos|fs=baiana|fp=baianas}}} (forms),
 * {@code {{paroxítona|pau|lis|ta}}} (syllables), {@code {{m}}}, {@code {{c2g}}}, {@code {{gramática|m}}} (genders).
 */
public final class PortuguesePageParser extends SectionedPageParser {

    public static final String EDITION = "pt";

    /** A part-of-speech heading's first word, to its normalised part of speech. */
    private static final Map<String, String> PARTS_OF_SPEECH = Map.ofEntries(
            Map.entry("substantivo", "noun"), Map.entry("verbo", "verb"), Map.entry("adjetivo", "adj"),
            Map.entry("advérbio", "adv"), Map.entry("pronome", "pron"), Map.entry("preposição", "prep"),
            Map.entry("conjunção", "conj"), Map.entry("interjeição", "intj"), Map.entry("artigo", "article"),
            Map.entry("numeral", "num"), Map.entry("abreviatura", "abbrev"), Map.entry("sigla", "abbrev"),
            Map.entry("acrônimo", "abbrev"), Map.entry("acrónimo", "abbrev"), Map.entry("prefixo", "affix"),
            Map.entry("sufixo", "affix"), Map.entry("pospositivo", "affix"), Map.entry("antepositivo", "affix"),
            Map.entry("símbolo", "symbol"), Map.entry("letra", "symbol"), Map.entry("expressão", "phrase"),
            Map.entry("locução", "phrase"), Map.entry("provérbio", "phrase"), Map.entry("partícula", "particle"),
            Map.entry("contração", "unknown"), Map.entry("onomatopeia", "intj"));
    private static final Map<String, Kind> SECTIONS = Map.ofEntries(
            Map.entry("tradução", Kind.TRANSLATIONS), Map.entry("traduções", Kind.TRANSLATIONS),
            Map.entry("sinônimos", Kind.SYNONYMS), Map.entry("sinónimos", Kind.SYNONYMS),
            Map.entry("antônimos", Kind.ANTONYMS), Map.entry("antónimos", Kind.ANTONYMS),
            Map.entry("hiperônimos", Kind.HYPERNYMS), Map.entry("hiperónimos", Kind.HYPERNYMS),
            Map.entry("hipônimos", Kind.HYPONYMS), Map.entry("hipónimos", Kind.HYPONYMS),
            Map.entry("termos derivados", Kind.DERIVED), Map.entry("derivados", Kind.DERIVED),
            Map.entry("termos relacionados", Kind.RELATED), Map.entry("pronúncia", Kind.PRONUNCIATION),
            Map.entry("etimologia", Kind.ETYMOLOGY), Map.entry("divisão silábica", Kind.HYPHENATION),
            Map.entry("separação silábica", Kind.HYPHENATION));
    /** Templates of the head line whose arguments are the word's syllables, by its stress. */
    private static final Set<String> STRESS = Set.of("oxítona", "paroxítona", "proparoxítona", "monossílabo");
    /** {@code {{flex.pt}}}'s arguments, to the tags of their forms. */
    private static final Map<String, List<String>> FLEXION = Map.of("s", List.of("singular"), "p", List.of("plural"),
            "0s", List.of("singular"), "0p", List.of("plural"), "ms", List.of("masculine", "singular"),
            "mp", List.of("masculine", "plural"), "fs", List.of("feminine", "singular"), "fp", List.of("feminine", "plural"));
    /** A transcription written without a template after AFI: {@code * [[AFI]]: /baj.ˈjã.nu/}. */
    private static final Pattern PLAIN_IPA = Pattern.compile("AFI(?:]])?\\s*:\\s*([/\\[][^/\\]]+[/\\]])");

    public PortuguesePageParser() {
        this(LanguageTable.bundled(PortuguesePageParser.class));
    }

    private PortuguesePageParser(LanguageTable languages) {
        super(EDITION, languages, new PortugueseText(languages), new TranslationLines.Syntax(Set.of("tradini", "trad-início"),
                Set.of("tradfim", "trad-fim"), Set.of("trad", "trad-", "trad+"), languages::preferredCode), Set.of("link idioma", "l"));
    }

    /** Every section is an {@code =} heading. */
    @Override
    public boolean isHeading(Template template) {
        return false;
    }

    @Override
    public Role roleOf(Heading heading) {
        List<Template> templates = Templates.find(heading.text());
        String first = templates.isEmpty() ? "" : templates.get(0).name().strip();
        if (heading.level() == 1 && first.length() > 2 && first.startsWith("-") && first.endsWith("-")) {
            return new Role(Kind.LANGUAGE, first.substring(1, first.length() - 1));
        }
        String name = (templates.isEmpty() ? WikiText.toPlainText(heading.text()) : first).strip().toLowerCase(Locale.ROOT);
        if (SECTIONS.containsKey(name)) {
            return Role.of(SECTIONS.get(name));
        }
        String[] words = name.split("\\s+");
        if (name.startsWith("forma ")) {
            // "Forma verbal", "Forma de pronome": an inflected form of the class its last word names.
            String of = words[words.length - 1];
            String pos = of.startsWith("verb") ? "verb" : PARTS_OF_SPEECH.getOrDefault(of, of.startsWith("nomin") ? "noun" : "unknown");
            return new Role(Kind.PART_OF_SPEECH, "form:" + pos);
        }
        return PARTS_OF_SPEECH.containsKey(words[0]) ? new Role(Kind.PART_OF_SPEECH, name) : Role.UNKNOWN;
    }

    @Override
    protected PartOfSpeechKind kindOf(String key) {
        if (key.startsWith("form:")) {
            return new PartOfSpeechKind(key.substring(5), true);
        }
        String[] words = key.split("\\s+");
        String pos = PARTS_OF_SPEECH.get(words[0]);
        if (pos.equals("noun") && key.contains("próprio")) {
            pos = "name";
        }
        return new PartOfSpeechKind(pos, false);
    }

    @Override
    protected Head head(List<String> lines, String title) {
        List<String> genders = new ArrayList<>();
        List<Form> forms = new ArrayList<>();
        List<String> syllables = new ArrayList<>();
        for (String line : lines) {
            for (Template template : Templates.find(line)) {
                String name = template.name().strip();
                if (name.startsWith("flex.")) {
                    for (Map.Entry<String, String> argument : template.named().entrySet()) {
                        String form = WikiText.toPlainText(argument.getValue());
                        List<String> tags = FLEXION.get(argument.getKey());
                        if (tags != null && !form.isEmpty() && !form.equals("-")
                                && forms.stream().noneMatch(f -> f.form().equals(form) && f.tags().equals(tags))) {
                            forms.add(new Form(form, tags));
                        }
                    }
                } else if (STRESS.contains(name) && syllables.isEmpty()) {
                    template.positional().stream().map(WikiText::toPlainText).filter(s -> !s.isEmpty()).forEach(syllables::add);
                } else if (name.equals("gramática")) {
                    template.positional().forEach(argument -> gender(argument.strip(), genders));
                } else {
                    gender(name, genders);
                }
            }
        }
        return new Head(List.copyOf(genders), List.copyOf(forms), List.of(), List.copyOf(syllables));
    }

    private static void gender(String mark, List<String> genders) {
        List<String> of = switch (mark) {
            case "m" -> List.of("m");
            case "f" -> List.of("f");
            case "n" -> List.of("n");
            case "c2g", "mf", "m2g" -> List.of("m", "f");
            default -> List.of();
        };
        of.stream().filter(g -> !genders.contains(g)).forEach(genders::add);
    }

    /** IPA by template, or written plain after AFI ({@code * [[AFI]]: /baj.ˈjã.nu/}); syllables {@code ob-je-ti-va}. */
    @Override
    protected Sound sound(List<String> pronunciation, List<String> hyphenation) {
        List<String> ipa = new ArrayList<>(firstArguments(pronunciation, Set.of("IPA", "AFI")));
        for (String line : pronunciation) {
            Matcher plain = PLAIN_IPA.matcher(line);
            if (!line.contains("{{") && plain.find() && !ipa.contains(WikiText.toPlainText(plain.group(1)))) {
                ipa.add(WikiText.toPlainText(plain.group(1)));
            }
        }
        return new Sound(List.copyOf(ipa), firstArguments(pronunciation, Set.of("áudio", "audio")),
                syllables(hyphenation, "[-·.]"));
    }
}
