package org.aqea.bench;

import java.nio.file.Path;
import java.util.List;
import org.aqea.testing.DumpFiles;
import org.aqea.testing.GermanPages;

/**
 * Writes a dump of made-up German pages, for trying the product and for benchmarks:
 * {@code GenerateDump <pages> <file.xml.bz2> [multistream]} (the multistream index goes next to the file).
 */
public final class GenerateDump {

    private GenerateDump() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        List<DumpFiles.Page> pages = new GermanPages(count).pages(count);
        if (args.length > 2 && args[2].equals("multistream")) {
            Path index = file.resolveSibling(file.getFileName().toString().replace(".xml.bz2", "-index.txt.bz2"));
            DumpFiles.writeMultistream(file, index, DumpFiles.SCHEMA_011, pages, 100);
        } else if (file.toString().endsWith(".bz2")) {
            DumpFiles.writeBz2(file, DumpFiles.SCHEMA_011, pages);
        } else {
            DumpFiles.writeXml(file, DumpFiles.SCHEMA_011, pages);
        }
        System.out.printf("wrote %,d pages to %s%n", count, file);
    }
}
