package org.aqea.it;

import org.aqea.extraction.PageRejectedException;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.wikitext.PageBudget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.aqea.dewiktionary.GermanPageParser;
import org.aqea.dump.DumpPage;
import org.aqea.testing.GermanPages;
import org.aqea.testing.Secrets;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.Configuration;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.aqea.store.lexicon.EntryRow;
import org.aqea.store.lexicon.EntryRows;
import org.aqea.store.lexicon.LexiconWriter;

/**
 * The JPA mapping against the schema Flyway migrated (the server's start applied it): Hibernate validates every
 * entity, every column of a mapped table has a field, and a chunk costs a bounded number of statements whatever
 * its size (Hibernate's statistics), new, unchanged or changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LexiconMappingIT {

    private static final String EDITION = "mapping";

    @Test
    void everyEntityMatchesItsTableColumnForColumn() throws Exception {
        List<Class<?>> entities = entities();
        assertTrue(entities.size() >= 7, entities::toString);
        try (SessionFactory validated = sessionFactory(entities, "validate")) {
            assertTrue(validated.isOpen(), "Hibernate validated the mapping against the migrated schema");
        }
        try (Connection connection = PostgresAddressRegistryIT.connect()) {
            for (Class<?> entity : entities) {
                String table = entity.getAnnotation(Table.class).name();
                Set<String> columns = new TreeSet<>();
                try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '"
                                + table + "'")) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                    }
                }
                assertEquals(columns, mappedColumns(entity), "columns of table " + table + " and fields of " + entity.getSimpleName());
            }
        }
    }

    @Test
    void aChunkCostsABoundedNumberOfStatementsWhetherNewUnchangedOrChanged() throws Exception {
        List<EntryRow> rows = rows(500);
        assertTrue(rows.size() >= 500, "a chunk of at least 500 entries: " + rows.size());
        try (SessionFactory lexicon = sessionFactory(List.of(org.aqea.store.lexicon.Entry.class,
                org.aqea.store.lexicon.Lexeme.class, org.aqea.store.lexicon.RunEntry.class), "none")) {
            Statistics statistics = lexicon.getStatistics();
            clear();
            long inserted = statements(lexicon, statistics, rows);
            long unchanged = statements(lexicon, statistics, rows);
            List<EntryRow> changed = rows.stream().map(row -> new EntryRow(row.edition(), row.pageId(), row.headingIndex(),
                    row.revisionId(), row.word(), row.langCode(), row.pos(), row.lexemeKey(), row.aqeaDomain(), row.wordClass(),
                    row.field(), row.fieldRule(), row.label(), row.description() + " (changed)", row.status(), row.reason(),
                    row.lexicalJson(), "changed-" + row.contentHash().substring(8), row.qualityScore(), row.qualityFlags())).toList();
            long updated = statements(lexicon, statistics, changed);
            System.out.printf("a chunk of %d entries: %d statements new, %d unchanged, %d changed%n", rows.size(), inserted,
                    unchanged, updated);
            assertEquals(2, unchanged, "an unchanged chunk only reads: its entries and the run's record of them");
            assertTrue(inserted <= 2 + 2 * ((rows.size() + 499) / 500), "new: two reads, then batches: " + inserted);
            assertTrue(updated <= 2 + ((rows.size() + 499) / 500), "changed: two reads, then batches: " + updated);
            assertEquals(rows.size(), count("SELECT count(*) FROM entry WHERE edition = '" + EDITION + "' AND description LIKE '% (changed)'"));
        } finally {
            clear();
        }
    }

    /** Statements prepared for writing the rows as one chunk of run 1, in one transaction. */
    private static long statements(SessionFactory factory, Statistics statistics, List<EntryRow> rows) {
        statistics.clear();
        try (Session session = factory.openSession()) {
            Transaction transaction = session.beginTransaction();
            LexiconWriter.write(session, 1, "mapping-test", rows, Instant.now());
            transaction.commit();
        }
        return statistics.getPrepareStatementCount();
    }

    private static List<EntryRow> rows(int pages) throws PageRejectedException {
        EntryRows entryRows = new EntryRows(new GermanPageParser(), TakenLanguages.ALL);
        List<EntryRow> rows = new ArrayList<>();
        for (var page : new GermanPages(61).pages(pages)) {
            DumpPage dumpPage = new DumpPage(page.title(), 0, page.id(), page.id() + 1, "", page.text(), null);
            for (EntryRow row : entryRows.of(dumpPage, PageBudget.UNLIMITED)) {
                rows.add(new EntryRow(EDITION, row.pageId(), row.headingIndex(), row.revisionId(), row.word(), row.langCode(),
                        row.pos(), row.lexemeKey(), row.aqeaDomain(), row.wordClass(), row.field(), row.fieldRule(), row.label(),
                        row.description(), row.status(), row.reason(), row.lexicalJson(), row.contentHash(), row.qualityScore(),
                        row.qualityFlags()));
            }
        }
        return rows;
    }

    private static SessionFactory sessionFactory(List<Class<?>> entities, String schemaAction) {
        Configuration configuration = new Configuration()
                .setProperty("hibernate.connection.url", System.getenv("AQEA_DB_URL"))
                .setProperty("hibernate.connection.username", System.getenv().getOrDefault("AQEA_DB_USER", "postgres"))
                .setProperty("hibernate.connection.password", Secrets.value("AQEA_DB_PASSWORD"))
                .setProperty("hibernate.hbm2ddl.auto", schemaAction)
                .setProperty("hibernate.jdbc.batch_size", "500")
                .setProperty("hibernate.order_inserts", "true")
                .setProperty("hibernate.order_updates", "true")
                .setProperty("hibernate.generate_statistics", "true");
        entities.forEach(configuration::addAnnotatedClass);
        return configuration.buildSessionFactory();
    }

    /** The entity classes under package {@code org.aqea.store}, as compiled. */
    private static List<Class<?>> entities() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target", "classes");
        List<Class<?>> entities = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve(Path.of("org", "aqea", "store")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Entity.class)) {
                    entities.add(type);
                }
            }
        }
        return entities;
    }

    private static Set<String> mappedColumns(Class<?> type) {
        Set<String> columns = new TreeSet<>();
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(Column.class)) {
                columns.add(field.getAnnotation(Column.class).name());
            } else if (field.isAnnotationPresent(EmbeddedId.class) || field.isAnnotationPresent(Embedded.class)) {
                columns.addAll(mappedColumns(field.getType()));
            }
        }
        return columns;
    }

    private static void clear() throws Exception {
        try (Connection connection = PostgresAddressRegistryIT.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM entry WHERE edition = '" + EDITION + "'");
            statement.execute("DELETE FROM run_entry WHERE edition = '" + EDITION + "'");
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = PostgresAddressRegistryIT.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
