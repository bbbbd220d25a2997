package org.aqea.dewiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.aqea.dump.DumpPage;
import org.aqea.wikitext.PageBudget;
import org.junit.jupiter.api.Test;

class PageBudgetTest {

    @Test
    void aPageOverItsBudgetIsAbandonedAndWithinItParsedWhole() throws IOException {
        String text;
        try (InputStream in = PageBudgetTest.class.getResourceAsStream("/pages/Kind.wikitext")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DumpPage page = new DumpPage("Kind", 0, 1, 1, "", text, null);
        GermanPageParser parser = new GermanPageParser();
        PageBudget.OverBudget over = assertThrows(PageBudget.OverBudget.class,
                () -> parser.parse(page, PageBudget.startingNow(0)));
        assertEquals("parsing took longer than the page budget of 0 ms", over.getMessage());
        assertEquals(parser.parse(page), parser.parse(page, PageBudget.startingNow(10_000_000_000L)));
    }
}
