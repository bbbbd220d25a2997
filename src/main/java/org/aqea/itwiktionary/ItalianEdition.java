package org.aqea.itwiktionary;

import org.aqea.edition.Edition;
import org.aqea.edition.PageParser;

/** The Italian Wiktionary (Wikizionario), it.wiktionary.org: entries of every language, glossed in Italian. */
public final class ItalianEdition implements Edition {

    @Override
    public String code() {
        return ItalianPageParser.EDITION;
    }

    @Override
    public String name() {
        return "Italian Wiktionary";
    }

    @Override
    public PageParser newParser() {
        return new ItalianPageParser();
    }
}
