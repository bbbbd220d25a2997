package org.aqea.extraction;

/**
 * A page that cannot be extracted: skipped and recorded with its reason, never the end of a run (the job counts it
 * against its skip limit, the offline command against {@code --max-rejects}).
 */
public class PageRejectedException extends Exception {

    public PageRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
