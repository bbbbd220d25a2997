package org.aqea.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.aqea.dewiktionary.GermanPageParser;
import org.aqea.dump.DumpPage;
import org.aqea.edition.PageParser;
import org.aqea.enwiktionary.EnglishPageParser;
import org.aqea.eswiktionary.SpanishPageParser;
import org.aqea.frwiktionary.FrenchPageParser;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.EnglishPages;
import org.aqea.testing.FrenchPages;
import org.aqea.testing.SpanishPages;
import org.aqea.testing.GermanPages;
import org.aqea.wikitext.PageBudget;
import org.junit.jupiter.api.Test;

/** Every source writes its forms' tags in the one vocabulary of tags.tsv. */
class GrammaticalTagsTest {

    @Test
    void everyGrammaticalFeatureOfWikidataIsOfTheVocabulary() throws Exception {
        Set<String> outside = new TreeSet<>();
        int features = 0;
        try (BufferedReader items = new BufferedReader(new InputStreamReader(
                GrammaticalTags.class.getResourceAsStream("/org/aqea/wikidata/items.tsv"), StandardCharsets.UTF_8))) {
            for (String line = items.readLine(); line != null; line = items.readLine()) {
                String[] fields = line.split("\t");
                if (fields[0].equals("feature")) {
                    features++;
                    for (String tag : fields[2].split(" ")) {
                        if (!GrammaticalTags.isKnown(tag)) {
                            outside.add(tag);
                        }
                    }
                }
            }
        }
        assertTrue(features > 60, "features: " + features);
        assertEquals(Set.of(), outside);
    }

    /** Generated pages use every inflection table and head template the German, English and French parsers read. */
    @Test
    void everyTagTheWiktionaryParsersWriteIsOfTheVocabulary() {
        assertEquals(Set.of(), tagsOutside(new GermanPageParser(), GermanPages.heavy(5).pages(300)));
        assertEquals(Set.of(), tagsOutside(new EnglishPageParser(), new EnglishPages(5).pages(600)));
        assertEquals(Set.of(), tagsOutside(new FrenchPageParser(), new FrenchPages(5).pages(600)));
        assertEquals(Set.of(), tagsOutside(new SpanishPageParser(), new SpanishPages(5).pages(600)));
    }

    @Test
    void aParticipleIsTwoTagsInEverySource() {
        assertTrue(GrammaticalTags.isKnown("past") && GrammaticalTags.isKnown("participle"));
        assertTrue(!GrammaticalTags.isKnown("past-participle") && !GrammaticalTags.isKnown("present-participle"));
    }

    private static Set<String> tagsOutside(PageParser parser, List<DumpFiles.Page> pages) {
        Set<String> outside = new TreeSet<>();
        int tags = 0;
        for (DumpFiles.Page page : pages) {
            for (LexicalEntry entry : parser.parse(new DumpPage(page.title(), 0, page.id(), 1, "", page.text(), null),
                    PageBudget.UNLIMITED)) {
                for (Form form : entry.forms()) {
                    for (String tag : form.tags()) {
                        tags++;
                        if (!GrammaticalTags.isKnown(tag)) {
                            outside.add(tag);
                        }
                    }
                }
                entry.formOfTags().stream().filter(tag -> !GrammaticalTags.isKnown(tag)).forEach(outside::add);
            }
        }
        assertTrue(tags > 500, "tags: " + tags);
        return outside;
    }
}
