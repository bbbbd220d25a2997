package org.aqea.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations on both PostgreSQL servers the tests have: this machine's (127.0.0.1:5432, which CI starts; Debian's
 * build, with lz4), in a database of its own that the test drops, and the embedded one the test server migrated
 * (without lz4): an entry's JSON takes lz4 where the server has it and the default elsewhere.
 */
class MigrationsIT {

    private static final String MACHINE = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "aqea_migrations_it";

    @Test
    void anEntrysJsonIsCompressedWithLz4WhereTheServerHasIt() throws Exception {
        try (Connection admin = DriverManager.getConnection(MACHINE + "postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE);
            try {
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setURL(MACHINE + DATABASE);
                dataSource.setUser("postgres");
                Migrations.apply(dataSource);
                try (Connection migrated = dataSource.getConnection()) {
                    assertEquals("lz4", compression(migrated, "lexical"));
                    assertEquals("lz4", compression(migrated, "quality_flags"));
                }
            } finally {
                statement.execute("DROP DATABASE " + DATABASE + " WITH (FORCE)");
            }
        }
        try (Connection embedded = PostgresAddressRegistryIT.connect()) {
            assertEquals("default", compression(embedded, "lexical"), "the embedded server has no lz4");
        }
    }

    private static String compression(Connection connection, String column) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT attcompression FROM pg_attribute"
                     + " WHERE attrelid = 'public.entry'::regclass AND attname = '" + column + "'")) {
            row.next();
            String method = row.getString(1);
            return method == null || method.isEmpty() || method.charAt(0) == 0 ? "default" : method.equals("l") ? "lz4" : method;
        }
    }
}
