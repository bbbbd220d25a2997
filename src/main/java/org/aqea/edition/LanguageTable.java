package org.aqea.edition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * An edition's languages: the names its headings and templates write, to the edition's language codes, and each code
 * to its canonical name. Bundled as {@code languages.tsv} beside the edition's classes, generated from the edition's
 * own language data (the file's header names its source): one language a line, its code, a tab, its canonical name,
 * then its other names, tab-separated. Where the data gives one canonical name to several codes of one language (French
 * {@code ab} and {@code abk}), the name stands for the first line's code; no other name stands for two codes.
 */
public final class LanguageTable {

    private final Map<String, String> codesByName;
    private final Map<String, String> namesByCode;
    /** Each code to the code its canonical name stands for: {@code eng} to {@code en}, {@code en} to itself. */
    private final Map<String, String> preferredCodes;

    private LanguageTable(Map<String, String> codesByName, Map<String, String> namesByCode) {
        this.codesByName = codesByName;
        this.namesByCode = namesByCode;
        Map<String, String> preferred = new HashMap<>();
        namesByCode.forEach((code, name) -> preferred.put(code, codesByName.getOrDefault(name, code)));
        this.preferredCodes = Map.copyOf(preferred);
    }

    /** The table {@code languages.tsv} in the package of {@code edition}. */
    public static LanguageTable bundled(Class<?> edition) {
        Map<String, String> codes = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (InputStream in = edition.getResourceAsStream("languages.tsv")) {
            if (in == null) {
                throw new IllegalStateException("languages.tsv is missing from the class path next to " + edition);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                names.putIfAbsent(fields[0], fields[1]);
                codes.putIfAbsent(fields[1], fields[0]);
                for (int i = 2; i < fields.length; i++) {
                    String other = codes.putIfAbsent(fields[i], fields[0]);
                    if (other != null && !other.equals(fields[0])) {
                        throw new IllegalStateException("languages.tsv of " + edition.getSimpleName() + " names two languages '"
                                + fields[i] + "': " + other + " and " + fields[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LanguageTable(Map.copyOf(codes), Map.copyOf(names));
    }

    /** A table with these languages over this one: their names win where the two differ. */
    public LanguageTable with(Iterable<Language> languages) {
        Map<String, String> codes = new HashMap<>(codesByName);
        Map<String, String> names = new HashMap<>(namesByCode);
        for (Language language : languages) {
            names.put(language.code(), language.canonicalName());
            codes.put(language.canonicalName(), language.code());
            for (String other : language.otherNames()) {
                codes.putIfAbsent(other, language.code());
            }
        }
        return new LanguageTable(Map.copyOf(codes), Map.copyOf(names));
    }

    /** A language as an edition's data describes it. */
    public record Language(String code, String canonicalName, java.util.List<String> otherNames) {
    }

    /** The code of a language name, or {@code null} when the table does not know it. */
    public String codeOf(String name) {
        return codesByName.get(name.strip());
    }

    /** The canonical name of a code, or the code itself when the table does not know it. */
    public String nameOf(String code) {
        return namesByCode.getOrDefault(code.strip(), code.strip());
    }

    /**
     * The code the language of this code is known by (the first of the codes its canonical name has: Dutch
     * Wiktionary's {@code eng} is {@code en}), or {@code null} when the table does not know the code.
     */
    public String preferredCode(String code) {
        return preferredCodes.get(code.strip());
    }

    /** Whether the table has the code. */
    public boolean hasCode(String code) {
        return namesByCode.containsKey(code.strip());
    }

    /** How many languages the table names. */
    public int size() {
        return namesByCode.size();
    }
}
