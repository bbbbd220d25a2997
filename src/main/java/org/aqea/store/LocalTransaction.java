package org.aqea.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Work on a connection of a datasource that takes no part in global transactions, in a local transaction of its own. */
public final class LocalTransaction {

    private LocalTransaction() {
    }

    /** What runs on the connection. */
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in a local transaction and commits it. Rolls back explicitly on failure: the pool may switch
     * auto-commit back on when the connection returns to it, which would commit a half-done batch.
     *
     * @param doing what the work does, for the {@link StoreException} that a database error becomes
     */
    public static <T> T run(DataSource dataSource, String doing, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(doing, e);
        }
    }
}
