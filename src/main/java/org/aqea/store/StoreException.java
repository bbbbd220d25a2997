package org.aqea.store;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** The database refused or could not be reached; says what was being done. */
public class StoreException extends RuntimeException {

    public StoreException(String doing, Throwable cause) {
        super(doing + ": " + cause.getMessage(), cause);
    }

    /**
     * Whether the database could not be reached at all (no connection, connection lost, pool exhausted waiting),
     * as opposed to a statement it refused: only then is it worth keeping the work for later.
     */
    public boolean databaseUnreachable() {
        for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SocketException || cause instanceof SocketTimeoutException) {
                return true;
            }
            // SQL state class 08: connection exception.
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
