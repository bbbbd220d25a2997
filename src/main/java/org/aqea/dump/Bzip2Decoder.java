package org.aqea.dump;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which decoder decompresses bz2 dumps, from the setting {@code AQEA_BZIP2_DECODER}: {@code auto} (lbzip2 where it
 * is on the PATH, else the Java decoder), {@code java}, {@code lbzip2} (required on the PATH), or the path of an
 * lbzip2 executable. lbzip2 is native and uses every core on any bz2 file; the Java decoder needs a multistream
 * index for more than one core.
 */
public final class Bzip2Decoder {

    /** The setting when none is given. */
    public static final String DEFAULT = "auto";

    private Bzip2Decoder() {
    }

    /**
     * The lbzip2 executable to use, or none for the Java decoder.
     *
     * @throws IllegalArgumentException for a setting that names no usable lbzip2
     */
    public static Optional<Path> lbzip2(String setting) {
        String value = setting == null ? DEFAULT : setting.strip();
        return switch (value) {
            case "auto" -> onPath();
            case "java" -> Optional.empty();
            case "lbzip2" -> Optional.of(onPath().orElseThrow(() -> new IllegalArgumentException(
                    "lbzip2 is not on the PATH (" + System.getenv("PATH") + "); install it, or set auto or java")));
            default -> {
                Path executable = Path.of(value);
                if (!executable.isAbsolute() || !Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
                    throw new IllegalArgumentException("'" + value + "' is not an executable file; expected auto, java, "
                            + "lbzip2 or the absolute path of an lbzip2 executable");
                }
                yield Optional.of(executable);
            }
        };
    }

    private static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, "lbzip2");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }
}
