package org.aqea.frwiktionary;

import org.aqea.edition.Edition;
import org.aqea.edition.PageParser;

/** The French Wiktionary (Wiktionnaire), fr.wiktionary.org: entries of every language, glossed in French. */
public final class FrenchEdition implements Edition {

    @Override
    public String code() {
        return FrenchPageParser.EDITION;
    }

    @Override
    public String name() {
        return "French Wiktionary";
    }

    @Override
    public PageParser newParser() {
        return new FrenchPageParser();
    }
}
