package org.aqea.enwiktionary;

import java.util.Map;
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

    /** The language data modules: every language heading's name and code. */
    @Override
    public boolean readsSitePage(String title) {
        return title.startsWith("Module:languages/data") || title.startsWith("Module:etymology languages/data");
    }

    @Override
    public PageParser newParser(Map<String, String> sitePages) {
        return new EnglishPageParser(LanguageNames.withModules(sitePages.values()));
    }
}
