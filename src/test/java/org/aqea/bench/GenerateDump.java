package org.aqea.bench;

import java.nio.file.Path;
import java.util.List;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.GeneratedDump;

/**
 * Writes a dump of made-up pages, for trying the product and for benchmarks:
 * {@code GenerateDump <pages> <file.xml.bz2> [multistream] [heavy|edition|en|fr]} (the multistream index goes next to the
 * file; heavy: only German lemma pages as big as the biggest real ones; edition: the German edition's whole mix, for a dump
 * of its real size; en: English Wiktionary pages, a dump of enwiktionary;
 * fr: French Wiktionary pages, a dump of frwiktionary).
 */
public final class GenerateDump {

    private GenerateDump() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        List<String> options = List.of(args).subList(2, args.length);
        GeneratedDump kind = GeneratedDump.of(options);
        List<DumpFiles.Page> pages = kind.pages(count, count);
        String wiki = kind.wiki();
        if (options.contains("multistream")) {
            Path index = file.resolveSibling(file.getFileName().toString().replace(".xml.bz2", "-index.txt.bz2"));
            DumpFiles.writeMultistream(file, index, DumpFiles.SCHEMA_011, wiki, pages, 100);
        } else if (file.toString().endsWith(".bz2")) {
            DumpFiles.writeBz2(file, DumpFiles.SCHEMA_011, wiki, pages);
        } else {
            DumpFiles.writeXml(file, DumpFiles.SCHEMA_011, wiki, pages);
        }
        System.out.printf("wrote %,d pages (%,d MB of wikitext) to %s%n", count,
                pages.stream().mapToLong(page -> page.text().length()).sum() >> 20, file);
    }
}
