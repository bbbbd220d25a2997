package org.aqea.enwiktionary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.aqea.edition.LanguageTable;

/**
 * Language names as English Wiktionary writes them in level-2 headings ({@code ==German==}) to its language codes,
 * and codes to canonical names (for rendering {@code {{inh|en|enm|hound}}} as "Middle English hound"): the bundled
 * table of the edition's language data, and over it the wiki's own data modules where a dump holds them (see
 * {@link #withModules}). Codes are Wiktionary's, which are ISO 639-1 where one exists.
 */
final class LanguageNames {

    private static final LanguageNames BUNDLED = new LanguageNames(LanguageTable.bundled(EnglishEdition.class));

    private final LanguageTable table;

    private LanguageNames(LanguageTable table) {
        this.table = table;
    }

    static LanguageNames bundled() {
        return BUNDLED;
    }

    /**
     * The bundled table with the languages of the wiki's data modules (Lua source, see {@link LanguageModules}) over
     * it: a dump's own modules name every language its headings use, and their names win where the two differ.
     */
    static LanguageNames withModules(Collection<String> modules) {
        if (modules.isEmpty()) {
            return BUNDLED;
        }
        List<LanguageTable.Language> languages = new ArrayList<>();
        for (String module : modules) {
            languages.addAll(LanguageModules.read(module));
        }
        return new LanguageNames(BUNDLED.table.with(languages));
    }

    /** The code of a heading's language name, or {@code null} when the table does not know it. */
    String codeOf(String name) {
        return table.codeOf(name);
    }

    /** The canonical name of a code, or the code itself when the table does not know it. */
    String nameOf(String code) {
        return table.nameOf(code);
    }
}
