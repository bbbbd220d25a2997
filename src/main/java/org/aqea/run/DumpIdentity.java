package org.aqea.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aqea.dump.FileDigest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What identifies the dump a run reads, so that a restart can tell whether it still reads the same one: its size
 * and SHA-1, the server's validator for a download, the wiki it comes from and the date in its file name.
 *
 * @param sha1      hex SHA-1 of the file's bytes
 * @param validator the HTTP server's ETag or Last-Modified for a download, else empty
 * @param date      the dump's date from its file name ({@code 20241020} or {@code latest}), else empty
 */
public record DumpIdentity(long size, String sha1, String validator, String date) {

    /** Wikimedia's names of full article dumps: {@code dewiktionary-20241020-pages-articles-multistream.xml.bz2}. */
    private static final Pattern FULL_DUMP_NAME = Pattern.compile(
            "([a-z_]+wiktionary)-(\\d{8}|latest)-pages-articles(-multistream)?\\.xml(\\.bz2|\\.gz)?");
    private static final Pattern DATED_NAME = Pattern.compile("[a-z_]+-(\\d{8}|latest)-.*");

    public static DumpIdentity of(Path file, String validator) throws IOException {
        long size = Files.size(file);
        String sha1 = FileDigest.sha1(file);
        Matcher dated = DATED_NAME.matcher(file.getFileName().toString());
        return new DumpIdentity(size, sha1, validator == null ? "" : validator,
                dated.matches() ? dated.group(1) : "");
    }

    /**
     * Whether a file of this name, whose siteinfo names the wiki {@code siteDatabase}, is a full article dump of
     * the edition: its name says {@code pages-articles} of {@code <edition>wiktionary} and the dump agrees.
     */
    public static boolean isFullEditionDump(String fileName, Optional<String> siteDatabase, String edition) {
        Matcher name = FULL_DUMP_NAME.matcher(fileName);
        String wiki = edition + "wiktionary";
        return name.matches() && name.group(1).equals(wiki) && siteDatabase.map(wiki::equals).orElse(false);
    }

    /**
     * Why a dump whose siteinfo names the wiki {@code siteDatabase} must not be read as the edition, or empty when
     * it may: a dump of another Wiktionary would be parsed with the wrong edition's vocabulary and give wrong entries.
     * A dump that names no wiki, or a wiki that is no Wiktionary, is the user's to vouch for.
     */
    public static Optional<String> editionMismatch(Optional<String> siteDatabase, String edition) {
        String wiki = edition + "wiktionary";
        return siteDatabase.filter(site -> site.endsWith("wiktionary") && !site.equals(wiki))
                .map(site -> "the dump is of " + site + ", not of " + wiki + ": read it with the edition '"
                        + site.substring(0, site.length() - "wiktionary".length()) + "'");
    }

    /** What differs from the identity a run recorded, in words, or empty when it is the same dump. */
    public Optional<String> differenceFrom(DumpIdentity recorded) {
        if (size != recorded.size) {
            return Optional.of("the dump has " + size + " bytes now, " + recorded.size + " when the run began");
        }
        if (!sha1.equals(recorded.sha1)) {
            return Optional.of("the dump's SHA-1 is " + sha1 + " now, " + recorded.sha1 + " when the run began");
        }
        return Optional.empty();
    }
}
