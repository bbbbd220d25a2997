package org.aqea.enwiktionary;

import org.aqea.edition.Edition;
import org.aqea.edition.PageParser;

/** The English Wiktionary, en.wiktionary.org: entries of every language, glossed in English. */
public final class EnglishEdition implements Edition {

    @Override
    public String code() {
        return EnglishPageParser.EDITION;
    }

    @Override
    public String name() {
        return "English Wiktionary";
    }

    @Override
    public PageParser newParser() {
        return new EnglishPageParser();
    }
}
