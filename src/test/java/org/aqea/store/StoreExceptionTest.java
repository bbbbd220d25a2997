package org.aqea.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoreExceptionTest {

    @ParameterizedTest
    @CsvSource({
            "08001, true", "08006, true", "57P01, true", "57P02, true", "57P03, true", "53100, true", "53200, true",
            "53300, true", "40001, true", "40P01, true",
            "23505, false", "22P02, false", "23514, false", "42P01, false", "54000, false"})
    void aDatabaseThatCannotTakeWorkNowIsToldFromRowsItRefuses(String sqlState, boolean unavailable) {
        StoreException e = new StoreException("writing", new RuntimeException("wrapped",
                new SQLException("the database said so", sqlState)));
        assertEquals(unavailable, e.databaseUnavailable(), sqlState);
    }

    @Test
    void aLostSocketIsUnavailable() {
        assertEquals(true, new StoreException("reading", new java.net.SocketException("Connection reset")).databaseUnavailable());
    }
}
