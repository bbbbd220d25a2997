package org.aqea.dewiktionary;

import java.util.ArrayList;
import java.util.List;
import org.aqea.lexicon.LinkedTerm;
import org.aqea.wikitext.WikiText;

/**
 * {@code {{Synonyme}}}, {@code {{Gegenwörter}}}, {@code {{Oberbegriffe}}}, {@code {{Unterbegriffe}}},
 * {@code {{Sinnverwandte Wörter}}}: the linked words of each line, for the senses in its leading {@code [...]}.
 */
final class LinkageExtractor {

    private LinkageExtractor() {
    }

    static List<LinkedTerm> extract(List<String> lines) {
        List<LinkedTerm> terms = new ArrayList<>();
        for (String line : lines) {
            String body = WikiText.withoutLeading(line.strip(), ":").strip();
            List<String> senseIds = SenseIds.leading(body);
            String rest = WikiText.stripTemplates(SenseIds.afterLeading(body));
            for (String target : WikiText.linkTargets(rest)) {
                terms.add(new LinkedTerm(target, senseIds));
            }
        }
        return terms;
    }
}
