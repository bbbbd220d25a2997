package org.aqea.wikitext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aqea.lexicon.Sense;
import org.aqea.lexicon.Translation;

/**
 * Translation sections written as a list a language a line, in boxes that name a sense, as the Italian, Portuguese
 * and Dutch editions write them: {@code {{Trad1|gloss}}} … {@code :*{{en}}: [[share]], [[divide]]} …
 * {@code {{Trad2}}}; {@code {{tradini|gloss}}} … {@code * {{trad|es|objetiva}}} … {@code {{tradfim}}};
 * {@code {{trans-top|1. gloss}}} … {@code *{{eng}}: {{trad|eng|dog}} {{m}}} … {@code {{trans-bottom}}}. A line's
 * language is its word template's code, else its first template's name; its words are the word templates' arguments,
 * else the links after the language. Genders written after a word ({@code {{m}}}) are that word's.
 */
public final class TranslationLines {

    private static final Set<String> GENDERS = Set.of("m", "f", "n", "c");
    /** A box's gloss that begins with its sense's number: "1. huisdier". */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)*)\\.?\\s+(.*)$", Pattern.DOTALL);

    /**
     * An edition's way of writing them: the templates that open and close a box, the templates that give a word
     * ({@code {{trad|code|word|other word}}}), and the edition's code of a language code as written (Dutch
     * {@code eng} is {@code en}), or {@code null} for a template that names no language.
     */
    public record Syntax(Set<String> boxStarts, Set<String> boxEnds, Set<String> wordTemplates, UnaryOperator<String> code) {
    }

    /** A box: the number and gloss it names, and its translations. */
    public record Box(String number, String gloss, List<Translation> translations) {
    }

    private TranslationLines() {
    }

    /** The boxes of a section, in order; lines outside any box form boxes without gloss. */
    public static List<Box> boxes(List<String> lines, Syntax syntax) {
        List<Box> boxes = new ArrayList<>();
        String number = "";
        String gloss = "";
        List<Translation> translations = new ArrayList<>();
        for (String line : lines) {
            String item = WikiText.withoutLeading(line, ":");
            List<Template> templates = Templates.find(item);
            String first = templates.isEmpty() ? "" : templates.get(0).name();
            if (syntax.boxStarts().contains(first) || syntax.boxEnds().contains(first)) {
                if (!translations.isEmpty()) {
                    boxes.add(new Box(number, gloss, List.copyOf(translations)));
                    translations.clear();
                }
                number = "";
                gloss = "";
                if (syntax.boxStarts().contains(first)) {
                    gloss = WikiText.toPlainText(templates.get(0).arg(1));
                    Matcher numbered = NUMBERED.matcher(gloss);
                    if (numbered.matches()) {
                        number = numbered.group(1);
                        gloss = numbered.group(2).strip();
                    }
                }
                continue;
            }
            if (item.startsWith("*") && !templates.isEmpty()) {
                line(item, templates, syntax, translations);
            }
        }
        if (!translations.isEmpty()) {
            boxes.add(new Box(number, gloss, List.copyOf(translations)));
        }
        return boxes;
    }

    /**
     * The translations of each of several parts of speech that a translation section serves, given the senses of
     * each: a box goes to the part of speech whose sense it names (that sense's id given), else to the first one.
     */
    public static List<List<Translation>> distribute(List<Box> boxes, List<List<Sense>> senses) {
        List<Set<Translation>> each = new ArrayList<>();
        senses.forEach(s -> each.add(new LinkedHashSet<>()));
        if (senses.isEmpty()) {
            return List.of();
        }
        for (Box box : boxes) {
            int owner = 0;
            String id = senses.size() == 1 ? SenseMatch.find(box.number(), box.gloss(), senses.get(0)) : null;
            for (int i = 0; i < senses.size() && senses.size() > 1 && id == null; i++) {
                id = SenseMatch.byNumberOrGloss(box.number(), box.gloss(), senses.get(i));
                owner = id == null ? 0 : i;
            }
            List<String> ids = id == null ? List.of() : List.of(id);
            for (Translation translation : box.translations()) {
                each.get(owner).add(new Translation(translation.langCode(), translation.word(), ids,
                        translation.transliteration(), translation.uncertain(), translation.genders(), translation.variety()));
            }
        }
        List<List<Translation>> result = new ArrayList<>();
        each.forEach(set -> result.add(List.copyOf(set)));
        return result;
    }

    private static void line(String item, List<Template> templates, Syntax syntax, List<Translation> translations) {
        String language = null;
        boolean found = false;
        int wordsFrom = 0;
        for (Template template : templates) {
            String name = template.name();
            if (syntax.wordTemplates().contains(name)) {
                String code = syntax.code().apply(template.arg(1).strip());
                for (int i = 2; i <= template.positional().size() && code != null; i++) {
                    String word = WikiText.toPlainText(template.arg(i));
                    if (!word.isEmpty() && !GENDERS.contains(word)) {
                        translations.add(new Translation(code, word, List.of(), null, false));
                        found = true;
                    }
                }
            } else if (GENDERS.contains(name) && found) {
                Translation last = translations.remove(translations.size() - 1);
                List<String> genders = new ArrayList<>(last.genders());
                genders.add(name.equals("c") ? "u" : name);
                translations.add(new Translation(last.langCode(), last.word(), last.senseIds(), last.transliteration(),
                        last.uncertain(), List.copyOf(genders), last.variety()));
            } else if (language == null && template == templates.get(0)) {
                language = syntax.code().apply(name.strip());
                wordsFrom = template.end();
            }
        }
        if (!found && language != null) {
            for (String word : WikiText.linkTargets(item.substring(wordsFrom))) {
                translations.add(new Translation(language, word, List.of(), null, false));
            }
        }
    }
}
