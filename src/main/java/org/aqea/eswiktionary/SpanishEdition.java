package org.aqea.eswiktionary;

import org.aqea.edition.Edition;
import org.aqea.edition.PageParser;

/** The Spanish Wiktionary (Wikcionario), es.wiktionary.org: entries of every language, glossed in Spanish. */
public final class SpanishEdition implements Edition {

    @Override
    public String code() {
        return SpanishPageParser.EDITION;
    }

    @Override
    public String name() {
        return "Spanish Wiktionary";
    }

    @Override
    public PageParser newParser() {
        return new SpanishPageParser();
    }
}
