package org.aqea.edition;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadFactory;

/**
 * How a run reads its dump, besides the file: where decompression runs, and where a reader that sorts more than
 * fits in memory spills (a PanLex join writes gigabytes for a real snapshot: the run's work directory, not the
 * machine's temporary folder, which may be small or in memory).
 *
 * @param decoderThreads where the decompression runs
 * @param lbzip2         lbzip2 to decompress bz2 with, or none for the Java decoder
 * @param scratch        an existing folder the reader may write to and must clean up after itself
 * @param minimumScore   the least score of a translation kept, where the edition scores them; empty for its own
 */
public record DumpReading(ThreadFactory decoderThreads, Optional<Path> lbzip2, Path scratch, OptionalInt minimumScore) {
}
