package org.aqea.batch;

import java.util.Arrays;
import java.util.List;

/**
 * Names of our jobs and of the parameters of the journal replay and the meaning backfill, shared by the API and the batch artifacts; the
 * extraction's own parameters are {@link org.aqea.run.RunParameters}.
 */
public final class JobParameters {

    public static final String JOB_NAME = "wiktionary-extraction";
    public static final String REPLAY_JOB_NAME = "journal-replay";
    public static final String MEANING_JOB_NAME = "meaning-backfill";
    public static final List<String> JOB_NAMES = List.of(JOB_NAME, REPLAY_JOB_NAME, MEANING_JOB_NAME);
    public static final String SOURCE = "source";
    /** Replay job: the names of the journal files it imports, comma-separated, fixed when it starts. */
    public static final String JOURNALS = "journals";

    private JobParameters() {
    }

    public static String encodeNames(List<String> names) {
        return String.join(",", names);
    }

    public static List<String> decodeNames(String encoded) {
        return Arrays.asList(encoded.split(","));
    }
}
