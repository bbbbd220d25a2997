package org.aqea.batch;

import java.util.Arrays;
import java.util.List;
import org.aqea.partition.TitleRanges;

/** Names and encodings of the job parameters shared by the API and the batch artifacts. */
public final class JobParameters {

    public static final String JOB_NAME = "wiktionary-extraction";
    public static final String REPLAY_JOB_NAME = "journal-replay";
    public static final List<String> JOB_NAMES = List.of(JOB_NAME, REPLAY_JOB_NAME);
    public static final String SOURCE = "source";
    public static final String LANGUAGE = "language";
    public static final String DUMP = "dump";
    public static final String RANGES = "ranges";
    public static final String THREADS = "threads";
    /** Letter ranges balanced by pages; the dump is then split by single letters ({@link #RANGES} holds them). */
    public static final String PARTITIONS = "partitions";
    public static final String CHUNK_SIZE = "chunkSize";
    public static final String SKIP_LIMIT = "skipLimit";
    /** Replay job: the names of the journal files it imports, comma-separated, fixed when it starts. */
    public static final String JOURNALS = "journals";
    /** Test-only: {@code <range>:<n>} fails that partition after n pages in the first execution of an instance. */
    public static final String FAULT_AT = "faultAt";

    private JobParameters() {
    }

    public static String encodeRanges(List<String> ranges) {
        return String.join(",", ranges);
    }

    public static String encodeNames(List<String> names) {
        return String.join(",", names);
    }

    public static List<String> decodeNames(String encoded) {
        return Arrays.asList(encoded.split(","));
    }

    public static TitleRanges decodeRanges(String encoded) {
        return TitleRanges.parse(Arrays.asList(encoded.split(",")));
    }
}
