package org.aqea.dewiktionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.WikiText;

/**
 * {@code {{Worttrennung}}} (old name {@code {{Silbentrennung}}}): {@code :Kind, {{Pl.}} Kin·der}. The lemma's
 * syllables come before the first qualifier; each qualifier introduces another form.
 */
final class HyphenationExtractor {

    record Result(List<String> syllables, List<FormSpelling> forms) {
    }

    private HyphenationExtractor() {
    }

    static Result extract(List<String> lines) {
        List<String> syllables = List.of();
        List<FormSpelling> forms = new ArrayList<>();
        for (String line : lines) {
            String body = WikiText.withoutLeading(line, ":");
            List<String> currentTags = null;
            int from = 0;
            for (Template template : Templates.find(body)) {
                List<String> tags = FormQualifiers.tagsOf(template.name());
                if (tags == null) {
                    continue;
                }
                syllables = collect(body.substring(from, template.start()), currentTags, syllables, forms);
                currentTags = tags;
                from = template.end();
            }
            syllables = collect(body.substring(from), currentTags, syllables, forms);
        }
        return new Result(syllables, forms);
    }

    private static List<String> collect(String segment, List<String> tags, List<String> syllables, List<FormSpelling> forms) {
        String text = stripSeparators(WikiText.toPlainText(segment));
        if (text.isEmpty() || text.equals("—") || text.equals("-") || text.equals("…")) {
            return syllables;
        }
        String first = firstItem(text);
        if (tags == null) {
            return syllables.isEmpty() ? Arrays.asList(first.split("·")) : syllables;
        }
        forms.add(new FormSpelling(tags, first.replace("·", "")));
        return syllables;
    }

    private static final String SEPARATORS = ",;" + WikiText.ASCII_SPACES;

    /** The text without the commas, semicolons and whitespace it starts or ends with. */
    private static String stripSeparators(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && SEPARATORS.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && SEPARATORS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The text up to its first comma or semicolon, without the whitespace before it. */
    private static String firstItem(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != ';') {
            end++;
        }
        while (end > 0 && WikiText.isAsciiSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
