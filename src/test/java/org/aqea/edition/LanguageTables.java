package org.aqea.edition;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates an edition's bundled {@code languages.tsv} ({@link LanguageTable}) from its language data in
 * {@code ../shared/data/<edition>wiktionary-languages.json} (code to names, canonical first) and a short supplement
 * written by hand of names the data lacks ({@code src/test/resources/org/aqea/edition/<edition>-languages-supplement.tsv}).
 * A name that the data gives to two languages as another name is left out (a heading cannot say which it means); the
 * data wins over the supplement. {@code LanguageTablesTest} checks that the bundled tables are what this makes;
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.aqea.edition.LanguageTables
 * -Dexec.args="de en"} writes them again.
 */
public final class LanguageTables {

    /** Where each edition's table lives, by edition code. */
    static final Map<String, String> PACKAGES = Map.of("de", "dewiktionary", "en", "enwiktionary", "es", "eswiktionary",
            "fr", "frwiktionary", "it", "itwiktionary", "pt", "ptwiktionary", "nl", "nlwiktionary");
    /**
     * Editions whose language data is not at hand as a file (no tool of the field publishes it): their tables come
     * from ISO 639-3 as Debian's {@code iso-codes} package ships it, with the names its translators give in the
     * edition's language ({@link IsoLanguageNames}), and the supplement.
     */
    static final Set<String> FROM_ISO_CODES = Set.of("it", "pt", "nl");

    private LanguageTables() {
    }

    public static void main(String[] args) throws IOException {
        for (String edition : args) {
            Files.createDirectories(bundled(edition).getParent());
            Files.writeString(bundled(edition), generate(edition), StandardCharsets.UTF_8);
        }
    }

    /** The canonical names of the edition's bundled table, in its order. */
    public static List<String> canonicalNames(String edition) throws IOException {
        return column(edition, 1);
    }

    /** The codes of the edition's bundled table, in its order. */
    public static List<String> codes(String edition) throws IOException {
        return column(edition, 0);
    }

    private static List<String> column(String edition, int index) throws IOException {
        return Files.readAllLines(bundled(edition), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")[index]).toList();
    }

    static Path data(String edition) {
        if (FROM_ISO_CODES.contains(edition)) {
            return IsoLanguageNames.CODES;
        }
        return Path.of("..", "shared", "data", edition + "wiktionary-languages.json");
    }

    static Path bundled(String edition) {
        return Path.of("src", "main", "resources", "org", "aqea", PACKAGES.get(edition), "languages.tsv");
    }

    static String generate(String edition) throws IOException {
        boolean iso = FROM_ISO_CODES.contains(edition);
        Map<String, List<String>> data = sameLanguagesTogether(iso ? IsoLanguageNames.of(edition)
                : new ObjectMapper().readValue(data(edition).toFile(), new TypeReference<LinkedHashMap<String, List<String>>>() { }));
        Map<String, String> codeOfName = new HashMap<>();
        for (Map.Entry<String, List<String>> language : data.entrySet()) {
            codeOfName.putIfAbsent(language.getValue().get(0), language.getKey());
        }
        Map<String, Integer> otherNameUses = new HashMap<>();
        data.values().forEach(names -> names.stream().skip(1).distinct().forEach(name -> otherNameUses.merge(name, 1, Integer::sum)));
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> language : data.entrySet()) {
            List<String> names = new ArrayList<>(List.of(language.getValue().get(0)));
            for (String name : language.getValue().subList(1, language.getValue().size())) {
                if (!codeOfName.containsKey(name) && otherNameUses.get(name) == 1 && !names.contains(name)) {
                    names.add(name);
                    codeOfName.put(name, language.getKey());
                }
            }
            table.put(language.getKey(), names);
        }
        for (String line : Files.readAllLines(supplement(edition), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            for (int i = 1; i < fields.length; i++) {
                if (!codeOfName.containsKey(fields[i]) && !otherNameUses.containsKey(fields[i])) {
                    table.computeIfAbsent(fields[0], code -> new ArrayList<>()).add(fields[i]);
                    codeOfName.put(fields[i], fields[0]);
                }
            }
        }
        StringBuilder tsv = new StringBuilder(iso ? IsoLanguageNames.header(edition) : """
                # Generated by org.aqea.edition.LanguageTables (test sources) from the %swiktionary's language data as
                # published by tatuylonen/wiktextract (commit bfb4fda8e829e527c9646cd25365f9fdbc01be26, 2023-11-01,
                # src/wiktextract/data/%s/languages.json; Wiktionary content, CC BY-SA) and a supplement of names the
                # data lacks. Do not edit: change the generator or its supplement and generate again.
                # One language a line: code, canonical name, other names, tab-separated.
                """.formatted(edition, edition));
        table.forEach((code, names) -> tsv.append(code).append('\t').append(String.join("\t", names)).append('\n'));
        return tsv.toString();
    }

    /**
     * The data in its order, but where it gives one canonical name to several codes (French: {@code ab} and
     * {@code abk}, {@code nrf} and {@code normand}: one language under the codes of several standards), those codes
     * together at the first one's place, the preferred one first: it is the one the name stands for (an ISO 639-1
     * code, then ISO 639-3, then the edition's own), the others keep the name for display.
     */
    private static Map<String, List<String>> sameLanguagesTogether(Map<String, List<String>> data) {
        Map<String, List<String>> codesOfName = new LinkedHashMap<>();
        data.forEach((code, names) -> codesOfName.computeIfAbsent(names.get(0), name -> new ArrayList<>()).add(code));
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        for (List<String> codes : codesOfName.values()) {
            codes.stream().sorted(Comparator.comparingInt(LanguageTables::preference)).forEach(code -> ordered.put(code, data.get(code)));
        }
        return ordered;
    }

    private static int preference(String code) {
        return code.matches("[a-z]{2}") ? 0 : code.matches("[a-z]{3}") ? 1 : 2;
    }

    private static Path supplement(String edition) {
        return Path.of("src", "test", "resources", "org", "aqea", "edition", edition + "-languages-supplement.tsv");
    }
}
