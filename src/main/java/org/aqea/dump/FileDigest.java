package org.aqea.dump;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-1 of a file, read once in large blocks: how dumps are identified and how Wikimedia publishes them; and of
 * a folder (an unpacked snapshot), over its files' paths and bytes.
 */
public final class FileDigest {

    private FileDigest() {
    }

    public static String sha1(Path file) throws IOException {
        MessageDigest digest = newSha1();
        update(digest, file);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The SHA-1 over every regular file under the folder in the order of their relative paths, each as its relative
     * path (with {@code /}), a zero byte, its bytes: a renamed, added, removed or changed file changes it.
     */
    public static String sha1OfFolder(Path folder) throws IOException {
        MessageDigest digest = newSha1();
        for (Path file : filesOf(folder)) {
            digest.update(folder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            update(digest, file);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The regular files under the folder, in the order of their relative paths. */
    public static List<Path> filesOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
    }

    private static MessageDigest newSha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
