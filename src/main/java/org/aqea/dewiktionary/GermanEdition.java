package org.aqea.dewiktionary;

import org.aqea.edition.Edition;
import org.aqea.edition.PageParser;

/** The German Wiktionary, de.wiktionary.org. */
public final class GermanEdition implements Edition {

    @Override
    public String code() {
        return GermanPageParser.EDITION;
    }

    @Override
    public String name() {
        return "German Wiktionary";
    }

    @Override
    public PageParser newParser() {
        return new GermanPageParser();
    }
}
