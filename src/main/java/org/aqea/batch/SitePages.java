package org.aqea.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.aqea.dump.DumpPage;

/**
 * The site pages an edition reads besides the articles (English Wiktionary's language modules), kept by the split
 * step in the run's work directory ({@code site-pages/<title>}, one file a page) for the extract step's parsers. A
 * page is written whole or not at all; a restart of the split step reads the dump from its start and writes them again.
 */
final class SitePages {

    private SitePages() {
    }

    static void write(Path workDirectory, DumpPage page) {
        try {
            Path directory = Files.createDirectories(workDirectory.resolve("site-pages"));
            Path file = directory.resolve(URLEncoder.encode(page.title(), StandardCharsets.UTF_8));
            Path partial = directory.resolve(file.getFileName() + ".part");
            Files.writeString(partial, page.text(), StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the site page '" + page.title() + "' in " + workDirectory, e);
        }
    }

    /** Text by title; empty when the dump held none the edition reads. */
    static Map<String, String> read(Path workDirectory) {
        Path directory = workDirectory.resolve("site-pages");
        Map<String, String> pages = new HashMap<>();
        if (!Files.isDirectory(directory)) {
            return pages;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".part")).toList()) {
                pages.put(URLDecoder.decode(file.getFileName().toString(), StandardCharsets.UTF_8),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the site pages in " + directory, e);
        }
        return pages;
    }
}
