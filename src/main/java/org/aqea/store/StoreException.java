package org.aqea.store;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** The database refused or could not be reached; says what was being done. */
public class StoreException extends RuntimeException {

    /**
     * SQL states of a database that cannot take the work now, whatever the rows: shut down by an administrator or a
     * crash ({@code 57P01}, {@code 57P02}), not yet accepting connections ({@code 57P03}), out of resources (class
     * {@code 53}: disk full, out of memory, too many connections), and a transaction that lost a race with another
     * ({@code 40001} serialization failure, {@code 40P01} deadlock). Class {@code 08} (connection) is checked apart.
     */
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "40001", "40P01");

    public StoreException(String doing, Throwable cause) {
        super(doing + ": " + cause.getMessage(), cause);
    }

    /**
     * Whether the database could not take the work at this moment (no connection, connection lost, pool exhausted
     * waiting, a restart or failover, no resources, a lost race), as opposed to a statement it refused for its rows:
     * only then is it worth trying again or keeping the work for later; never a reason to reject a page.
     */
    public boolean databaseUnavailable() {
        for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SocketException || cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && unavailable(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(String sqlState) {
        return sqlState.startsWith("08") || sqlState.startsWith("53") || UNAVAILABLE.contains(sqlState);
    }
}
