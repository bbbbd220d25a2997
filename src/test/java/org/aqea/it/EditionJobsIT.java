package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.GeneratedDump;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job on Spanish, Italian, Portuguese and Dutch Wiktionary dumps through the API: entries of every language with forms,
 * translations and addresses, every inflected form kept without an address of its own; Italian cane from the Italian
 * and the English Wiktionary under one address; a dump of another edition refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditionJobsIT {

    private final ApiClient admin = ApiClient.admin();

    @BeforeAll
    static void serverReady() throws InterruptedException {
        ApiClient.anonymous().awaitHealthy(() -> true);
    }

    @Test
    void aSpanishDump() throws Exception {
        runsAndAddresses(GeneratedDump.SPANISH);
    }

    @Test
    void anItalianDump() throws Exception {
        runsAndAddresses(GeneratedDump.ITALIAN);
    }

    @Test
    void aPortugueseDump() throws Exception {
        runsAndAddresses(GeneratedDump.PORTUGUESE);
    }

    @Test
    void aDutchDump() throws Exception {
        runsAndAddresses(GeneratedDump.DUTCH);
    }

    private void runsAndAddresses(GeneratedDump kind) throws Exception {
        Database.clear();
        String edition = kind.edition();
        JsonNode job = Jobs.run(admin, Jobs.request(edition, Jobs.bz2(edition + ".xml.bz2", kind.wiki(), kind.pages(1_500, 45)), ""));
        assertEquals(1_500, Jobs.sum(job, "itemsRead"));
        assertTrue(Database.count("SELECT count(DISTINCT lang_code) FROM entry WHERE edition = '" + edition + "'") >= 5,
                "entries of several languages");
        assertEquals(500, Database.count("SELECT count(*) FROM entry WHERE edition = '" + edition
                + "' AND lexical->>'form_of' IS NOT NULL"), "every inflected form");
        assertEquals(0, Database.count("SELECT count(*) FROM entry WHERE lexical->>'form_of' IS NOT NULL AND address IS NOT NULL"),
                "forms get no address of their own");
        JsonNode nouns = ApiClient.reader().get("/api/entries?lang=" + edition + "&pos=noun&edition=" + edition + "&size=200")
                .body().get("entries");
        JsonNode lemma = null;
        boolean translationWithSense = false;
        for (JsonNode entry : nouns) {
            if (lemma == null && entry.get("address").isTextual() && entry.get("lexical").get("translations").size() > 0
                    && entry.get("lexical").get("forms").size() > 0) {
                lemma = entry;
            }
            // A table of translations without a gloss names the sense only where the entry has one.
            translationWithSense |= entry.get("lexical").get("translations").findValues("senseIds").stream().anyMatch(ids -> ids.size() > 0);
        }
        assertTrue(lemma != null, "a noun with an address, forms and translations");
        JsonNode lexical = lemma.get("lexical");
        assertEquals(1, lexical.get("genders").size(), lexical::toString);
        assertTrue(translationWithSense, "a translation's sense");
        JsonNode byAddress = ApiClient.reader().get("/api/entries/" + lemma.get("address").asText().replace(":", "%3A")).body();
        URI url = URI.create(byAddress.get("entry").get("source").get("url").asText());
        assertEquals(edition + ".wiktionary.org", url.getHost(), url::toString);
        assertEquals("/wiki/" + lexical.get("word").asText(), url.getPath(), "the page's title, encoded in the URL");
    }

    @Test
    void italianCaneFromBothEditionsHasOneAddress() throws Exception {
        Database.clear();
        Path italian = Jobs.bz2("cane-it.xml.bz2", "itwiktionary", List.of(DumpFiles.Page.article(31, "cane", """
                == {{-it-}} ==
                {{-sost-|it}}
                {{Pn}} ''m'' {{Linkp|cani}}
                # {{Term|zoologia|it}} [[mammifero]] domestico
                {{-trad-}}
                {{Trad1|mammifero}}
                :* {{en}}: [[dog]]
                {{Trad2}}
                """)));
        Path english = Jobs.bz2("cane-en.xml.bz2", "enwiktionary", List.of(DumpFiles.Page.article(32, "cane", """
                ==Italian==
                ===Noun===
                {{it-noun|m}}
                # [[dog]]
                """)));
        Jobs.run(admin, Jobs.request("it", italian, ""));
        Jobs.run(admin, Jobs.request("en", english, ""));
        assertEquals(1, Database.count("SELECT count(DISTINCT address) FROM entry WHERE word = 'cane' AND lang_code = 'it'"),
                "one address for the lexeme in both editions");
        assertEquals(2, Database.count("SELECT count(*) FROM entry WHERE word = 'cane' AND lang_code = 'it'"));
    }

    @Test
    void aDumpOfAnotherEditionIsRefused() throws Exception {
        Database.clear();
        Path italian = Jobs.bz2("wrong-edition-nl.xml.bz2", "itwiktionary", GeneratedDump.ITALIAN.pages(50, 46));
        JsonNode job = Jobs.awaitEnd(admin, Jobs.start(admin, Jobs.request("nl", italian, "")), 120);
        assertEquals("FAILED", job.get("status").asText(), job::toString);
        assertTrue(job.get("exitStatus").asText().startsWith("WRONG_EDITION: the dump is of itwiktionary, not of nlwiktionary"),
                job::toString);
    }
}
