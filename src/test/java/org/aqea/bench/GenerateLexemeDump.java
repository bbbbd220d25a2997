package org.aqea.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aqea.testing.GeneratedLexemes;

/** Writes a Wikidata lexemes dump of made-up lexemes: {@code GenerateLexemeDump <lexemes> <latest-lexemes.json.bz2>}. */
public final class GenerateLexemeDump {

    private GenerateLexemeDump() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        List<String> lines = new GeneratedLexemes(count).lexemes(count);
        GeneratedLexemes.write(file, lines);
        System.out.printf("wrote %,d lexemes (%,d MB of JSON, %,d MB on disk) to %s%n", count,
                lines.stream().mapToLong(String::length).sum() >> 20, Files.size(file) >> 20, file);
    }
}
