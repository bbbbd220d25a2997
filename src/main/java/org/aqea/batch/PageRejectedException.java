package org.aqea.batch;

/** A page that cannot be processed: skipped and recorded, never the end of the job (up to the skip limit). */
public class PageRejectedException extends Exception {

    public PageRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
