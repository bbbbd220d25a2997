package org.aqea.store;

import javax.sql.DataSource;
import org.aqea.store.migration.V20__Entry_label_key;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The Flyway migrations of our schema, applied by the server at start and by the offline import: SQL in
 * {@code db/migration}, and the few that need our Java code named here.
 */
public final class Migrations {

    private Migrations() {
    }

    public static MigrateResult apply(DataSource dataSource) {
        return configure(dataSource).load().migrate();
    }

    public static FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas("public")
                .locations("classpath:db/migration")
                .javaMigrations(new V20__Entry_label_key());
    }
}
