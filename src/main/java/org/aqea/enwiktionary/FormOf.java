package org.aqea.enwiktionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.WikiText;

/**
 * The "... of" family of definition templates that make an entry a form of another ({@code {{plural of|en|dog}}},
 * {@code {{inflection of|de|Hund||gen|s}}}, {@code {{alternative form of|en|colour}}}): the lemma and the tags.
 * Templates that name another lexeme rather than a form of this one (abbreviations, diminutives, female
 * equivalents, synonyms) are not in the family.
 */
final class FormOf {

    /** The lemma a definition points at and what kind of form this entry is of it. */
    record Target(String lemma, List<String> tags) {
    }

    private static final Set<String> OTHER_LEXEMES = Set.of("abbreviation of", "abbr of", "acronym of", "initialism of",
            "clipping of", "short for", "ellipsis of", "diminutive of", "augmentative of", "female equivalent of",
            "male equivalent of", "pejorative of", "endearing form of", "synonym of", "syn of", "agent noun of",
            "nomina agentis of");
    private static final Set<String> INFLECTION = Set.of("inflection of", "infl of");

    /** Tag abbreviations of {@code inflection of}, as written and as the entries spell tags. */
    private static final Map<String, String> TAGS = Map.ofEntries(Map.entry("s", "singular"), Map.entry("sg", "singular"),
            Map.entry("p", "plural"), Map.entry("pl", "plural"), Map.entry("nom", "nominative"), Map.entry("gen", "genitive"),
            Map.entry("dat", "dative"), Map.entry("acc", "accusative"), Map.entry("voc", "vocative"), Map.entry("abl", "ablative"),
            Map.entry("ins", "instrumental"), Map.entry("loc", "locative"), Map.entry("m", "masculine"),
            Map.entry("f", "feminine"), Map.entry("n", "neuter"), Map.entry("1", "first-person"), Map.entry("2", "second-person"),
            Map.entry("3", "third-person"), Map.entry("pres", "present"), Map.entry("past", "past"), Map.entry("pret", "preterite"),
            Map.entry("impf", "imperfect"), Map.entry("fut", "future"), Map.entry("part", "participle"), Map.entry("ptcp", "participle"),
            Map.entry("ind", "indicative"), Map.entry("sub", "subjunctive"), Map.entry("subj", "subjunctive"),
            Map.entry("imp", "imperative"), Map.entry("inf", "infinitive"), Map.entry("str", "strong"), Map.entry("wk", "weak"),
            Map.entry("mix", "mixed"), Map.entry("def", "definite"), Map.entry("indef", "indefinite"),
            Map.entry("comd", "comparative"), Map.entry("sup", "superlative"), Map.entry("act", "active"), Map.entry("pass", "passive"));

    private FormOf() {
    }

    /** The target of a definition's template, or {@code null} when the template is none of the family. */
    static Target of(Template template) {
        String name = template.name();
        if (INFLECTION.contains(name)) {
            List<String> tags = new ArrayList<>();
            for (int i = 4; i <= template.positional().size(); i++) {
                for (String part : template.arg(i).split("[/|]")) {
                    String tag = part.strip();
                    if (!tag.isEmpty() && !tag.equals(";")) {
                        tags.add(TAGS.getOrDefault(tag, tag));
                    }
                }
            }
            return target(template.arg(2), tags);
        }
        if (name.equals("form of")) {
            return target(template.arg(3), List.of(template.arg(2).strip().split("\\s+")));
        }
        if (name.equals("alt form") || name.equals("altform")) {
            return target(template.arg(2), List.of("alternative"));
        }
        if (name.equals("alt sp")) {
            return target(template.arg(2), List.of("alternative", "spelling"));
        }
        if (!name.endsWith(" of") || OTHER_LEXEMES.contains(name)) {
            return null;
        }
        List<String> tags = new ArrayList<>();
        // The English-only templates ({{en-past of|walk}}) take no language code: the lemma comes first.
        boolean englishOnly = name.startsWith("en-");
        String words = englishOnly ? name.substring(3) : name;
        for (String word : words.substring(0, words.length() - 3).split(" ")) {
            switch (word) {
                case "form", "" -> { }
                case "alt" -> tags.add("alternative");
                case "sp" -> tags.add("spelling");
                default -> tags.add(word);
            }
        }
        return target(template.arg(englishOnly ? 1 : 2), tags);
    }

    private static Target target(String lemma, List<String> tags) {
        // Older pages link the parts of a contraction's lemma: {{contraction of|[[it]] [[is]]}}.
        String plain = WikiText.toPlainText(lemma);
        return plain.isEmpty() ? null : new Target(plain, List.copyOf(tags));
    }
}
