package org.aqea.panlex;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A PanLex snapshot as PanLex published it ({@code panlex-20240301-csv.zip}, one CSV file a table, at the top of the
 * zip or in one folder of it) or that zip unpacked into a folder. Tables are read one at a time, streaming.
 */
public final class PanLexSnapshot implements Closeable {

    /** PanLex's name of a CSV snapshot: {@code panlex-20240301-csv.zip}, or the folder it unpacks to. */
    public static final Pattern NAME = Pattern.compile("panlex-(\\d{8})-csv(\\.zip)?");

    private final Path path;
    private final ZipFile zip;

    private PanLexSnapshot(Path path, ZipFile zip) {
        this.path = path;
        this.zip = zip;
    }

    public static PanLexSnapshot open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return new PanLexSnapshot(path, null);
        }
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "no PanLex snapshot there (a .zip or its folder)");
        }
        try {
            return new PanLexSnapshot(path, new ZipFile(path.toFile()));
        } catch (java.util.zip.ZipException e) {
            throw new PanLexFormatException(path.getFileName().toString(), 0,
                    "not a zip (PanLex's CSV snapshot is panlex-YYYYMMDD-csv.zip): " + e.getMessage());
        }
    }

    /** The day of the snapshot, from its name. */
    public static Optional<LocalDate> dateOf(String fileName) {
        Matcher name = NAME.matcher(fileName);
        if (!name.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(name.group(1), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the snapshot holds the table ({@code definition}). */
    public boolean has(String table) throws IOException {
        return zip != null ? entry(table) != null : file(table) != null;
    }

    /** The rows of a table ({@code expr}) with the columns named, in that order. */
    PanLexTable table(String table, List<String> columns) throws IOException {
        String name = table + ".csv";
        InputStream in;
        if (zip != null) {
            ZipEntry entry = entry(table);
            if (entry == null) {
                throw new PanLexFormatException(path.getFileName().toString(), 0, "the zip holds no " + name);
            }
            in = zip.getInputStream(entry);
        } else {
            Path file = file(table);
            if (file == null) {
                throw new PanLexFormatException(path.toString(), 0, "the folder holds no " + name);
            }
            in = Files.newInputStream(file);
        }
        try {
            return PanLexTable.open(name, in, columns);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private ZipEntry entry(String table) {
        String name = table + ".csv";
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String entryName = entry.getName();
            if (!entry.isDirectory() && (entryName.equals(name) || entryName.endsWith("/" + name)
                    && entryName.indexOf('/') == entryName.length() - name.length() - 1)) {
                return entry;
            }
        }
        return null;
    }

    private Path file(String table) throws IOException {
        String name = table + ".csv";
        Path top = path.resolve(name);
        if (Files.isRegularFile(top)) {
            return top;
        }
        try (Stream<Path> folders = Files.list(path)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.resolve(name))
                    .filter(Files::isRegularFile).findFirst().orElse(null);
        }
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
