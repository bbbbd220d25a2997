package org.aqea.ptwiktionary;

import org.aqea.edition.Edition;
import org.aqea.edition.PageParser;

/** The Portuguese Wiktionary (Wikcionário), pt.wiktionary.org: entries of every language, glossed in Portuguese. */
public final class PortugueseEdition implements Edition {

    @Override
    public String code() {
        return PortuguesePageParser.EDITION;
    }

    @Override
    public String name() {
        return "Portuguese Wiktionary";
    }

    @Override
    public PageParser newParser() {
        return new PortuguesePageParser();
    }
}
