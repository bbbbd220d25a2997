package org.aqea.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aqea.dump.DumpPage;
import org.aqea.dump.DumpReader;

/**
 * The real pages of an edition in {@code ../shared/realdata/<edition>/} (PROVENANCE.txt there): whole XML dumps, and
 * single pages of raw wikitext ({@code .txt}, {@code .wiki}). Tests read them there; the repository holds no copy.
 */
public final class RealPages {

    public static final Path FOLDER = Path.of("..", "shared", "realdata");

    private RealPages() {
    }

    /** The edition's folder; fails when the shared folder is not beside the repository. */
    public static Path folder(String edition) {
        Path folder = FOLDER.resolve(edition);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(folder.toAbsolutePath() + " is missing: the shared folder lies beside the repository");
        }
        return folder;
    }

    /** The edition's XML dumps. */
    public static List<Path> dumps(String edition) {
        return files(edition).stream().filter(file -> file.getFileName().toString().endsWith(".xml")).toList();
    }

    /** The edition's XML dumps, and one dump of its single pages written into {@code folder}. */
    public static List<Path> dumpsWithSinglePages(String edition, Path folder) throws IOException {
        List<Path> dumps = new ArrayList<>(dumps(edition));
        List<DumpFiles.Page> single = singlePages(edition);
        if (!single.isEmpty()) {
            dumps.add(DumpFiles.writeXml(folder.resolve(edition + "-single-pages.xml"), DumpFiles.SCHEMA_011,
                    edition + "wiktionary", single));
        }
        return dumps;
    }

    /**
     * The edition's single pages ({@code .txt}, {@code .wiki}, or named by the edition as {@code voile.fr}), titled by
     * their file names (after the last {@code __}: {@code DELETED-at-HEAD__from-…__aux.wiki} is the page {@code aux}),
     * numbered from 1 in the order of their paths. Pages of another edition kept beside them are left out: the jwktl
     * French test data holds the English Wiktionary's pages of its words in {@code api-en}.
     */
    public static List<DumpFiles.Page> singlePages(String edition) {
        List<DumpFiles.Page> pages = new ArrayList<>();
        for (Path file : files(edition)) {
            String name = file.getFileName().toString();
            boolean otherEdition = !edition.equals("en") && file.getParent().getFileName().toString().equals("api-en");
            if (!otherEdition && (name.endsWith(".txt") && !name.equals("PROVENANCE.txt") || name.endsWith(".wiki")
                    || name.endsWith("." + edition))) {
                String title = name.substring(0, name.lastIndexOf('.')).replace('_', ' ');
                if (name.contains("__")) {
                    title = name.substring(name.lastIndexOf("__") + 2, name.lastIndexOf('.'));
                }
                pages.add(DumpFiles.Page.article(pages.size() + 1, title, read(file)));
            }
        }
        return pages;
    }

    /** Every article of the edition: its single pages and the pages of its dumps (redirects left out). */
    public static List<DumpFiles.Page> all(String edition) {
        List<DumpFiles.Page> pages = new ArrayList<>(singlePages(edition));
        for (Path dump : dumps(edition)) {
            try (DumpReader reader = DumpReader.open(dump)) {
                DumpPage page;
                while ((page = reader.nextPage()) != null) {
                    if (!page.isRedirect()) {
                        pages.add(DumpFiles.Page.article(pages.size() + 1, page.title(), page.text()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }

    private static List<Path> files(String edition) {
        try (Stream<Path> files = Files.walk(folder(edition))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
