package org.aqea.wikitext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void inlineHtmlBecomesItsText() {
        assertEquals("Wasser (H2O), 3 m2 groß", WikiText.toPlainText("Wasser (H<sub>2</sub>O), 3 m<sup>2</sup> groß"));
        assertEquals("klein und fein", WikiText.toPlainText("<small>klein</small> und <span style=\"color:red\">fein</span>"));
        assertEquals("Zeile eins Zeile zwei", WikiText.toPlainText("Zeile eins<br />Zeile zwei"));
    }

    @Test
    void everyCharacterEntityIsDecoded() {
        assertEquals("1914–1918, Peter’s & Co — 5 km", WikiText.toPlainText("1914&ndash;1918, Peter&#x2019;s &amp; Co &#8212;&nbsp;5&thinsp;km"));
        assertEquals("a < b > c", WikiText.toPlainText("a &lt; b &gt; c"));
    }

    @Test
    void textThatOnlyLooksLikeMarkupStays() {
        assertEquals("x < y und a & b", WikiText.toPlainText("x < y und a & b"));
        assertEquals("AT&T", WikiText.toPlainText("AT&T"));
    }

    @Test
    void picturesAndTheirCaptionsShowNoText() {
        assertEquals("From Middle English word.", WikiText.toPlainText(
                "[[File:About.ogv|thumb|The word [[about]] signed]] From Middle English [[word]]."));
        assertEquals("Ein Keks", WikiText.toPlainText("[[Datei:Keks.jpg|mini|1|ein [[Keks]]]]Ein [[Keks]]"));
        assertEquals("Before", WikiText.toPlainText("Before [[File:x.jpg|thumb|a caption that goes on"),
                "a picture open at the end of the line goes on over the next ones");
    }

    @Test
    void aTemplateOpenAtTheEndOfTheLineShowsNothingOfIt() {
        assertEquals("Synonym:", WikiText.toPlainText("Synonym: {{syn|en"));
        assertEquals("a b", WikiText.toPlainText("a {{x}} b {{y|z"));
    }

    @Test
    void linksTemplatesAndEmphasisAsBefore() {
        assertEquals("ein großes Haus", WikiText.toPlainText("ein '''großes''' [[Haus|Haus]]{{Ref-Duden}}"));
    }
}
