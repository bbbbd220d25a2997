package org.aqea.nlwiktionary;

import org.aqea.edition.Edition;
import org.aqea.edition.PageParser;

/** The Dutch Wiktionary (WikiWoordenboek), nl.wiktionary.org: entries of every language, glossed in Dutch. */
public final class DutchEdition implements Edition {

    @Override
    public String code() {
        return DutchPageParser.EDITION;
    }

    @Override
    public String name() {
        return "Dutch Wiktionary";
    }

    @Override
    public PageParser newParser() {
        return new DutchPageParser();
    }
}
