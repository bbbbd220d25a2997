package org.aqea.enwiktionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.wikitext.Template;
import org.aqea.wikitext.Templates;
import org.aqea.wikitext.WikiText;

/**
 * A relation section (Synonyms, Derived terms, Descendants, ...): the words of its lines ({@code {{l|en|hound}}},
 * plain links, the lists {@code {{col3|en|...}}} and {@code {{der3|en|...}}}), tied to the senses that a leading
 * {@code {{sense|...}}} names where {@link SenseMatcher} finds them. In Descendants each word keeps its language
 * ({@code {{desc|de|Hund}}}).
 */
final class RelationExtractor {

    private static final Set<String> LINKS = Set.of("l", "l-self", "ll", "link", "m", "desc", "descendant", "desctree");
    private static final Set<String> LISTS = Set.of("col", "col1", "col2", "col3", "col4", "col5", "col-auto", "col-u",
            "der2", "der3", "der4", "der5", "der-top3", "rel2", "rel3", "rel4", "rel5", "der3-u", "der4-u", "col2-u",
            "col3-u", "col4-u", "col5-u", "syn2", "syn3", "ant2", "ant3", "hyp2", "hyp3");
    private static final Set<String> SENSES = Set.of("sense", "s");

    private RelationExtractor() {
    }

    /** The words of the section's lines; with {@code withLanguage} each keeps the language code of its template. */
    static List<LinkedTerm> extract(List<String> lines, SenseMatcher senses, boolean withLanguage) {
        List<LinkedTerm> terms = new ArrayList<>();
        for (String line : lines) {
            List<String> senseIds = List.of();
            int[] spans = Templates.spans(line);
            int from = 0;
            for (int p = 0; p < spans.length; p += 2) {
                if (!withLanguage) {
                    links(line.substring(from, spans[p]), senseIds, terms);
                }
                from = spans[p + 1];
                Template template = Templates.at(line, spans[p], spans[p + 1]);
                String name = template.name();
                if (SENSES.contains(name)) {
                    senseIds = senses.match(WikiText.toPlainText(template.arg(1)));
                } else if (LINKS.contains(name)) {
                    add(terms, template.arg(2), senseIds, withLanguage ? template.arg(1) : null);
                } else if (name.equals("alt") || name.equals("alter")) {
                    // {{alt|en|colour|color||British}}: the forms end at the first empty argument, qualifiers follow.
                    for (int i = 2; i <= template.positional().size() && !template.arg(i).isEmpty(); i++) {
                        add(terms, template.arg(i), senseIds, withLanguage ? template.arg(1) : null);
                    }
                } else if (LISTS.contains(name)) {
                    String language = template.arg(1);
                    for (int i = 2; i <= template.positional().size(); i++) {
                        add(terms, template.arg(i), senseIds, withLanguage ? language : null);
                    }
                }
            }
            if (!withLanguage) {
                links(line.substring(from), senseIds, terms);
            }
        }
        return terms;
    }

    /** Plain links between templates ({@code [[pooch]]}); descendants name their language by template only. */
    private static void links(String text, List<String> senseIds, List<LinkedTerm> terms) {
        for (String target : WikiText.linkTargets(text)) {
            add(terms, target, senseIds, null);
        }
    }

    private static void add(List<LinkedTerm> terms, String argument, List<String> senseIds, String langCode) {
        String word = Terms.word(argument);
        if (word != null) {
            terms.add(new LinkedTerm(word, senseIds, langCode == null || langCode.isEmpty() ? null : langCode));
        }
    }
}
