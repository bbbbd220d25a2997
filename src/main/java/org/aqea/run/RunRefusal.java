package org.aqea.run;

/**
 * Why a run may not start, go on or finish: {@link #code()} becomes the execution's exit status (and decides the
 * API's answer), the message says what is wrong and what is allowed.
 */
public class RunRefusal extends RuntimeException {

    /** Parameters missing, malformed or beyond their limits. */
    public static final String INVALID_PARAMETERS = "INVALID_PARAMETERS";
    /** The dump lies outside the allowed folders or hosts, or cannot be read. */
    public static final String DUMP_NOT_ALLOWED = "DUMP_NOT_ALLOWED";
    /** The dump is of another Wiktionary than the run's edition. */
    public static final String WRONG_EDITION = "WRONG_EDITION";
    /** Another run of the same edition is running. */
    public static final String EDITION_BUSY = "EDITION_BUSY";
    /** A restart found another dump than the one the run began to read. */
    public static final String DUMP_CHANGED = "DUMP_CHANGED";
    /** A day of incremental dumps applied already, or applied before the days that precede it. */
    public static final String DAY_REFUSED = "DAY_REFUSED";
    /**
     * A live run that cannot know where to start, or would miss changes: the lexicon follows no dated dump, or the
     * last change it applied is older than the wiki's recent changes reach; or the operator is not named.
     */
    public static final String LIVE_REFUSED = "LIVE_REFUSED";
    /** A restart of a run after which a newer run of the edition completed. */
    public static final String SUPERSEDED = "SUPERSEDED";

    private final String code;

    public RunRefusal(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The exit status an execution refused for this reason ends with. */
    public String exitStatus() {
        return code + ": " + getMessage();
    }
}
