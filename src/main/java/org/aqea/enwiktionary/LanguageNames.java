package org.aqea.enwiktionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Language names as English Wiktionary writes them in level-2 headings ({@code ==German==}) to its language codes,
 * and codes to canonical names (for rendering {@code {{inh|en|enm|hound}}} as "Middle English hound"). The bundled
 * {@code languages.txt} holds the languages we know; a dump that holds the wiki's own language data modules gives
 * every language (see {@link #withModules}). Codes are Wiktionary's, which are ISO 639-1 where one exists.
 */
final class LanguageNames {

    private static final LanguageNames BUNDLED = load();

    private final Map<String, String> codesByName;
    private final Map<String, String> namesByCode;

    private LanguageNames(Map<String, String> codesByName, Map<String, String> namesByCode) {
        this.codesByName = codesByName;
        this.namesByCode = namesByCode;
    }

    static LanguageNames bundled() {
        return BUNDLED;
    }

    /**
     * The bundled table with the languages of the wiki's data modules (Lua source, see {@link LanguageModules}) over
     * it: a dump's own modules name every language its headings use, and their names win where the two differ.
     */
    static LanguageNames withModules(java.util.Collection<String> modules) {
        if (modules.isEmpty()) {
            return BUNDLED;
        }
        Map<String, String> codes = new HashMap<>(BUNDLED.codesByName);
        Map<String, String> names = new HashMap<>(BUNDLED.namesByCode);
        for (String module : modules) {
            for (LanguageModules.Language language : LanguageModules.read(module)) {
                names.put(language.code(), language.canonicalName());
                codes.put(language.canonicalName(), language.code());
                for (String other : language.otherNames()) {
                    codes.putIfAbsent(other, language.code());
                }
            }
        }
        return new LanguageNames(Map.copyOf(codes), Map.copyOf(names));
    }

    /** The code of a heading's language name, or {@code null} when the table does not know it. */
    String codeOf(String name) {
        return codesByName.get(name.strip());
    }

    /** The canonical name of a code, or the code itself when the table does not know it. */
    String nameOf(String code) {
        return namesByCode.getOrDefault(code.strip(), code.strip());
    }

    private static LanguageNames load() {
        Map<String, String> codes = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (InputStream in = LanguageNames.class.getResourceAsStream("languages.txt")) {
            if (in == null) {
                throw new IllegalStateException("languages.txt is missing from the class path next to " + LanguageNames.class);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                names.putIfAbsent(fields[0], fields[1]);
                for (int i = 1; i < fields.length; i++) {
                    String other = codes.putIfAbsent(fields[i], fields[0]);
                    if (other != null) {
                        throw new IllegalStateException("languages.txt names two languages '" + fields[i] + "': "
                                + other + " and " + fields[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LanguageNames(Map.copyOf(codes), Map.copyOf(names));
    }
}
