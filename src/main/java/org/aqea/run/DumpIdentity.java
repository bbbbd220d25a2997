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
 * and SHA-1, the server's validator for a download, the wiki it comes from and the date in its file name. A dump
 * unpacked into a folder (a PanLex snapshot) is identified by its files: their bytes added up, and
 * {@link FileDigest#sha1OfFolder}.
 *
 * @param sha1      hex SHA-1 of the file's bytes (of a folder's files, their paths and bytes)
 * @param validator the HTTP server's ETag or Last-Modified for a download, else empty
 * @param date      the dump's date from its file name ({@code 20241020} or {@code latest}), else empty
 */
public record DumpIdentity(long size, String sha1, String validator, String date) {

    private static final Pattern DATED_NAME = Pattern.compile("[a-z_]+-(\\d{8}|latest)-.*");

    public static DumpIdentity of(Path file, String validator) throws IOException {
        long size;
        String sha1;
        if (Files.isDirectory(file)) {
            size = 0;
            for (Path inside : FileDigest.filesOf(file)) {
                size += Files.size(inside);
            }
            sha1 = FileDigest.sha1OfFolder(file);
        } else {
            size = Files.size(file);
            sha1 = FileDigest.sha1(file);
        }
        Matcher dated = DATED_NAME.matcher(file.getFileName().toString());
        return new DumpIdentity(size, sha1, validator == null ? "" : validator,
                dated.matches() ? dated.group(1) : "");
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
