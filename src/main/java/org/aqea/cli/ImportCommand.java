package org.aqea.cli;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.aqea.store.transfer.LexiconImport;
import org.aqea.store.Migrations;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code import}: lexicon lines into an empty lexicon database, after migrating its schema. All lines or none: a
 * refused line names its number and what is wrong, and nothing is stored.
 */
final class ImportCommand {

    private ImportCommand() {
    }

    static int run(String[] args) {
        String url = null;
        String user = "postgres";
        Path passwordFile = null;
        Path registryFile = null;
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            if (!option.startsWith("--")) {
                positional.add(option);
                continue;
            }
            if (i + 1 >= args.length) {
                System.err.println(option + " needs a value\n" + AqeaCli.USAGE);
                return 2;
            }
            String value = args[++i];
            switch (option) {
                case "--db-url" -> url = value;
                case "--db-user" -> user = value;
                case "--db-password-file" -> passwordFile = Path.of(value);
                case "--registry" -> registryFile = Path.of(value);
                default -> {
                    System.err.println("unknown option '" + option + "'\n" + AqeaCli.USAGE);
                    return 2;
                }
            }
        }
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            System.err.println((url == null ? "--db-url is missing" : "--db-url must be a PostgreSQL JDBC URL, "
                    + "jdbc:postgresql://host[:port]/database") + "\n" + AqeaCli.USAGE);
            return 2;
        }
        if (positional.size() != 1) {
            System.err.println("give exactly one lexicon file\n" + AqeaCli.USAGE);
            return 2;
        }
        Path file = Path.of(positional.get(0));
        for (Path given : registryFile == null ? List.of(file) : List.of(file, registryFile)) {
            if (!Files.isRegularFile(given)) {
                System.err.println("aqea-cli: file '" + given + "' does not exist or is not a file");
                return 1;
            }
        }
        try {
            PGSimpleDataSource database = database(url, user, passwordFile);
            Migrations.apply(database);
            long started = System.nanoTime();
            LexiconImport.Summary summary;
            try (Connection connection = database.getConnection(); BufferedReader lines = open(file);
                 BufferedReader registry = registryFile == null ? null : open(registryFile)) {
                summary = LexiconImport.run(connection, lines, "import:" + file.getFileName(), registry);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.err.printf("imported: %,d entries, %,d lexemes, %,d addressed, %,d registry leaves, in %.1f s%n",
                    summary.entries(), summary.lexemes(), summary.addressed(), summary.registryLeaves(), seconds);
            return 0;
        } catch (LexiconImport.Refused | IOException | SQLException | FlywayException e) {
            System.err.println("aqea-cli: nothing imported: " + e.getMessage());
            return 1;
        }
    }

    /** The database of {@code --db-url}, {@code --db-user} and the password of {@link #password}. */
    static PGSimpleDataSource database(String url, String user, Path passwordFile) throws IOException {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(url);
        database.setUser(user);
        database.setPassword(password(passwordFile));
        // Batches of inserts go as multi-row statements: the registry's triggers then run once per batch, not per row.
        database.setReWriteBatchedInserts(true);
        return database;
    }

    /** The password from its file (first line), else from {@code AQEA_DB_PASSWORD}; never from the command line. */
    private static String password(Path file) throws IOException {
        if (file != null) {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        }
        String fromEnvironment = System.getenv("AQEA_DB_PASSWORD");
        return fromEnvironment == null ? "" : fromEnvironment;
    }

    /** The file's lines, gunzipped when it starts with gzip's magic bytes. */
    static BufferedReader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8),
                1 << 16);
    }
}
