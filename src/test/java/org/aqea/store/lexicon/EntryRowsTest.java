package org.aqea.store.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.dewiktionary.GermanPageParser;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.LexiconJson;
import org.aqea.security.Sha256;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.GermanPages;
import org.aqea.wikitext.PageBudget;
import org.junit.jupiter.api.Test;

class EntryRowsTest {

    /**
     * The row's JSON is the entry as Jackson writes it to text, and its content hash the SHA-256 of the fields and that
     * text joined by line breaks, as stored rows were hashed before the JSON was written once as UTF-8 bytes: a run over
     * an unchanged lexicon must find every entry unchanged.
     */
    @Test
    void jsonAndContentHashAreThoseOfTheStoredRows() throws Exception {
        EntryRows rows = new EntryRows(new GermanPageParser(), TakenLanguages.ALL);
        GermanPageParser parser = new GermanPageParser();
        int compared = 0;
        for (DumpFiles.Page generated : GermanPages.heavy(3).pages(60)) {
            // IPA and arrows make the text UTF-16 inside the JVM, umlauts Latin-1: both kinds are among these.
            DumpPage page = new DumpPage(generated.title(), 0, generated.id(), generated.id() + 7, "", generated.text() + "\n→ ˈʃøːn", null);
            List<LexicalEntry> entries = parser.parse(page);
            List<EntryRow> made = rows.of(page, PageBudget.UNLIMITED);
            assertEquals(entries.size(), made.size());
            for (int i = 0; i < made.size(); i++) {
                EntryRow row = made.get(i);
                String json = LexiconJson.MAPPER.writeValueAsString(entries.get(i));
                assertEquals(json, row.lexicalJson());
                assertEquals(Sha256.hex(row.revisionId() + "\n" + row.lexemeKey() + "\n" + row.field() + "\n" + row.fieldRule()
                        + "\n" + row.description() + "\n" + json + "\n" + row.qualityFlags()), row.contentHash());
                compared++;
            }
        }
        assertTrue(compared > 60, "entries compared: " + compared);
    }
}
