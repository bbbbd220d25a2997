package org.aqea.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {

    private static final Map<String, String> PASSWORDS =
            Map.of("AQEA_ADMIN_PASSWORD", "a-secret", "AQEA_READER_PASSWORD", "another");

    private static List<String> problems(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(PASSWORDS);
        all.putAll(settings);
        return SettingsCheck.problems(all::get);
    }

    @Test
    void theDefaultsAndTheDocumentedValuesPass() {
        assertEquals(List.of(), problems(Map.of()));
        assertEquals(List.of(), problems(Map.of(
                "AQEA_OPEN_READ", "TRUE", "AQEA_HTTP_PORT", "19080", "AQEA_CHUNK_SIZE", " 500 ",
                "AQEA_DB_URL", "jdbc:postgresql://db.example.supabase.co:5432/postgres?sslmode=require",
                "AQEA_DUMP_HOSTS", "dumps.wikimedia.org, mirror.example.org:8443,http://127.0.0.1:8000",
                "AQEA_LOG_FORMAT", "json", "AQEA_MAX_DUMP_BYTES", "21474836480", "AQEA_TEST_FAULTS", "",
                "AQEA_TRUSTED_PROXIES", "127.0.0.1, ::1,10.0.0.2")));
    }

    @Test
    void eachProblemNamesTheVariableAndWhatIsAllowed() {
        assertEquals(List.of("AQEA_OPEN_READ='yes': allowed are true and false"),
                problems(Map.of("AQEA_OPEN_READ", "yes")));
        assertEquals(List.of("AQEA_HTTP_PORT=70000: allowed is a TCP port from 1 to 65535"),
                problems(Map.of("AQEA_HTTP_PORT", "70000")));
        assertEquals(List.of("AQEA_OPERATOR_CONTACT='Max': allowed is an e-mail address or a web page (http:// or https://),"
                + " sent to the dump servers and wikis with every request"), problems(Map.of("AQEA_OPERATOR_CONTACT", "Max")));
        assertEquals(List.of(), problems(Map.of("AQEA_OPERATOR_CONTACT", "https://example.org/lexicon")));
        assertEquals(List.of("AQEA_WIKI_API_URL='de.wiktionary.org/w/api.php': allowed is the http(s) URL of a wiki's"
                + " api.php, {edition} standing for the edition's code (https://{edition}.wiktionary.org/w/api.php)"),
                problems(Map.of("AQEA_WIKI_API_URL", "de.wiktionary.org/w/api.php")));
        assertEquals(List.of(), problems(Map.of("AQEA_WIKI_API_URL", "https://{edition}.wiktionary.org/w/api.php")));
        assertEquals(List.of("AQEA_WIKI_API_BUDGET='lots': allowed is a number of requests from 10 to 1000000"),
                problems(Map.of("AQEA_WIKI_API_BUDGET", "lots")));
        assertEquals(List.of("AQEA_CHUNK_SIZE='5k': allowed is a number of pages from 1 to 5000"),
                problems(Map.of("AQEA_CHUNK_SIZE", "5k")));
        assertEquals(List.of("AQEA_MAX_DUMP_BYTES=1000: allowed is a number of bytes from 1048576"),
                problems(Map.of("AQEA_MAX_DUMP_BYTES", "1000")));
        assertEquals(List.of("AQEA_LOG_FORMAT='xml': allowed are dev, json, simple and tbasic"),
                problems(Map.of("AQEA_LOG_FORMAT", "xml")));
        String hostsAllowed = ": allowed are host, host:port and http://host[:port], comma-separated";
        assertEquals(List.of("AQEA_DUMP_HOSTS entry 'ftp://mirror.example.org'" + hostsAllowed,
                "AQEA_DUMP_HOSTS entry 'mirror.example.org:https'" + hostsAllowed,
                "AQEA_DUMP_HOSTS entry 'https://mirror.example.org/dumps'" + hostsAllowed),
                problems(Map.of("AQEA_DUMP_HOSTS", "dumps.wikimedia.org,ftp://mirror.example.org,"
                        + "mirror.example.org:https,https://mirror.example.org/dumps")));
        assertEquals(List.of("AQEA_TRUSTED_PROXIES entry 'proxy.example.org': allowed are IP addresses as the server sees"
                + " its peers (127.0.0.1, ::1), comma-separated"), problems(Map.of("AQEA_TRUSTED_PROXIES", "127.0.0.1,proxy.example.org")));
    }

    @Test
    void aMalformedDatabaseUrlIsNamedWithoutItsPassword() {
        assertEquals(List.of("AQEA_LEXICON_DB_URL does not start with jdbc:postgresql://: allowed is a PostgreSQL "
                + "JDBC URL, jdbc:postgresql://host[:port]/database[?parameters]"),
                problems(Map.of("AQEA_LEXICON_DB_URL", "postgres://u:secret@db/x")));
        List<String> malformed = problems(Map.of("AQEA_DB_URL", "jdbc:postgresql://db:5432/x?password=se cret"));
        assertEquals(1, malformed.size());
        assertEquals(false, malformed.get(0).contains("se cret"), malformed.get(0));
        assertEquals(List.of("AQEA_DB_URL names no host or no database: allowed is a PostgreSQL JDBC URL, "
                + "jdbc:postgresql://host[:port]/database[?parameters]"),
                problems(Map.of("AQEA_DB_URL", "jdbc:postgresql://db:5432/")));
    }

    @Test
    void thePasswordsHaveNoDefault() {
        assertEquals(List.of(
                "AQEA_ADMIN_PASSWORD is not set: it must hold the admin's password (the Quick start generates one)",
                "AQEA_READER_PASSWORD is not set: it must hold the reader's password (the Quick start generates one)"),
                SettingsCheck.problems(name -> name.endsWith("PASSWORD") ? " " : null));
    }
    @Test
    void aServerOfAClusterNeedsARoleItsSecretsAndATimeoutOfSeveralHeartbeats() {
        assertEquals(List.of("AQEA_ROLE='master': allowed are standalone, dispatcher, executor"),
                problems(Map.of("AQEA_ROLE", "master")));
        assertEquals(List.of(
                "AQEA_CLUSTER_PASSWORD is not set: it must hold the password of the cluster's user, the same on every"
                        + " server of the cluster (the Quick start generates one)",
                "AQEA_CLUSTER_KEYSTORE is not set: it must hold the path of the keystore every server of the cluster"
                        + " shares (the Quick start generates one)",
                "AQEA_CLUSTER_KEYSTORE_PASSWORD is not set: it must hold the password of the cluster's keystore (the"
                        + " Quick start generates one)"),
                problems(Map.of("AQEA_ROLE", "Executor")));
        Map<String, String> secrets = Map.of("AQEA_CLUSTER_PASSWORD", "p", "AQEA_CLUSTER_KEYSTORE", "/etc/aqea/key.p12",
                "AQEA_CLUSTER_KEYSTORE_PASSWORD", "k");
        Map<String, String> dispatcher = new HashMap<>(secrets);
        dispatcher.put("AQEA_ROLE", "dispatcher");
        assertEquals(List.of(), problems(dispatcher));
        dispatcher.put("AQEA_HEARTBEAT_SECONDS", "10");
        dispatcher.put("AQEA_PARTITION_TIMEOUT_SECONDS", "20");
        assertEquals(List.of("AQEA_PARTITION_TIMEOUT_SECONDS=20 is less than three heartbeats (AQEA_HEARTBEAT_SECONDS=10):"
                + " a server would be taken for lost between two beats"), problems(dispatcher));
        assertEquals(List.of("AQEA_EXECUTOR_PARTITIONS=0: allowed is a number of partitions from 1 to 1024"),
                problems(Map.of("AQEA_EXECUTOR_PARTITIONS", "0")));
    }

    @Test
    void thePoolerIsOneOfThreeAndSupabasesTransactionPoolerNeedsTransactionMode() {
        assertEquals(List.of("AQEA_LEXICON_POOLER='pgbouncer': allowed are none, session and transaction"),
                problems(Map.of("AQEA_LEXICON_POOLER", "pgbouncer")));
        String pooler = "jdbc:postgresql://aws-0-eu-central-1.pooler.supabase.com:6543/postgres?sslmode=verify-full";
        assertEquals(List.of("AQEA_LEXICON_DB_URL is Supabase's transaction pooler (port 6543): set AQEA_LEXICON_POOLER=transaction"),
                problems(Map.of("AQEA_LEXICON_DB_URL", pooler)));
        assertEquals(List.of(), problems(Map.of("AQEA_LEXICON_DB_URL", pooler, "AQEA_LEXICON_POOLER", "transaction")));
        assertEquals(List.of(), problems(Map.of("AQEA_LEXICON_DB_URL",
                "jdbc:postgresql://aws-0-eu-central-1.pooler.supabase.com:5432/postgres", "AQEA_LEXICON_POOLER", "session")),
                "the session pooler");
    }
}
