package org.aqea.store;

/** The database refused or could not be reached; says what was being done. */
public class StoreException extends RuntimeException {

    public StoreException(String doing, Throwable cause) {
        super(doing + ": " + cause.getMessage(), cause);
    }
}
