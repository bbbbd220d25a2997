package org.aqea.dewiktionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.aqea.lexicon.Form;
import org.aqea.lexicon.LexicalEntry;
import org.junit.jupiter.api.Test;

class PronunciationAndHyphenationTest {

    @Test
    void theLemmaKeepsItsOwnTranscriptionsAndFormsGetTheirs() {
        LexicalEntry entry = Pages.fixture("Kind").get(0);
        assertEquals(List.of("Kind"), entry.hyphenation());
        assertEquals(List.of("kɪnt"), entry.ipa());
        assertEquals(List.of("De-Kind.ogg"), entry.audio(), "the plural's recording is not the lemma's");
        assertEquals(List.of("ɪnt"), entry.rhymes());
        Form plural = entry.forms().stream().filter(f -> f.tags().equals(List.of("nominative", "plural"))).findFirst().orElseThrow();
        assertEquals(List.of("ˈkɪndɐ"), plural.ipa());
    }

    @Test
    void regionalLabelsDoNotSwitchToAnotherForm() {
        LexicalEntry entry = Pages.germanNoun("Chemie", """
                {{Worttrennung}}
                :Che·mie, {{kPl.}}
                {{Aussprache}}
                :{{IPA}} {{Lautschrift|çeˈmiː}}, {{südd.}} {{Lautschrift|keˈmiː}}, {{österr.}} {{Lautschrift|keˈmiː}}
                :{{IPA}} {{Lautschrift|…}}
                """);
        assertEquals(List.of("Che", "mie"), entry.hyphenation());
        assertEquals(List.of("çeˈmiː", "keˈmiː"), entry.ipa());
    }

    @Test
    void formsNamedOnlyInTheHyphenationLineBecomeForms() {
        LexicalEntry entry = Pages.germanNoun("gehen", """
                {{Worttrennung}}
                :ge·hen, {{Prät.}} ging, {{Part.}} ge·gan·gen
                {{Aussprache}}
                :{{IPA}} {{Lautschrift|ˈɡeːən}}, {{Prät.}} {{Lautschrift|ɡɪŋ}}
                """);
        assertEquals(List.of("ge", "hen"), entry.hyphenation());
        assertEquals(List.of(new Form("ging", List.of("preterite"), List.of("ɡɪŋ")),
                new Form("gegangen", List.of("past", "participle"))), entry.forms());
    }
}
