package org.aqea.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.aqea.dump.Bzip2Decoder;
import org.aqea.dump.UserAgent;
import org.aqea.run.DumpPolicy;
import org.aqea.run.RunParameters;

/**
 * The settings checked before the server takes any work: each problem is one line naming the variable, what it
 * holds and what is allowed. Unset variables take their defaults, which are valid; only the passwords have none.
 */
public final class SettingsCheck {

    /** Supabase's transaction pooler: port 6543 of a host of pooler.supabase.com. */
    private static final Pattern SUPABASE_TRANSACTION_POOLER = Pattern.compile("^jdbc:postgresql://[^/?]*pooler\\.supabase\\.com:6543(?:[/?]|$)",
            Pattern.CASE_INSENSITIVE);

    private final UnaryOperator<String> lookup;
    private final List<String> problems = new ArrayList<>();

    private SettingsCheck(UnaryOperator<String> lookup) {
        this.lookup = lookup;
    }

    /** @param lookup a variable's value, or null (or blank) when it is not set */
    public static List<String> problems(UnaryOperator<String> lookup) {
        SettingsCheck check = new SettingsCheck(lookup);
        check.required("AQEA_ADMIN_PASSWORD", "the admin's password");
        check.required("AQEA_READER_PASSWORD", "the reader's password");
        for (String flag : List.of("AQEA_OPEN_READ", "AQEA_OPEN_METRICS", "AQEA_TEST_FAULTS")) {
            check.flag(flag);
        }
        check.number("AQEA_HTTP_PORT", 1, 65_535, "a TCP port");
        check.number("AQEA_HTTPS_PORT", 1, 65_535, "a TCP port");
        check.number("AQEA_DB_POOL_SIZE", 1, 1_000, "a number of connections");
        check.number("AQEA_BATCH_THREADS", 1, 1_024, "a number of threads");
        check.number("AQEA_RATE_LIMIT", 1, 1_000_000, "a number of requests a second");
        check.number("AQEA_LOGIN_MAX_FAILURES", 1, 1_000, "a number of failed log-ins");
        check.number("AQEA_LOGIN_LOCKOUT_SECONDS", 1, 86_400, "a number of seconds");
        check.number("AQEA_METRICS_RETENTION_SECONDS", 60, 30L * 86_400, "a number of seconds");
        check.number("AQEA_PAGE_BUDGET_MS", 10, 600_000, "a number of milliseconds");
        check.number("AQEA_CHUNK_SIZE", 1, RunParameters.MAX_CHUNK_SIZE, "a number of pages");
        check.number("AQEA_MAX_DUMP_BYTES", 1L << 20, Long.MAX_VALUE, "a number of bytes");
        check.number("AQEA_WIKI_API_BUDGET", 10, 1_000_000, "a number of requests");
        check.jdbcUrl("AQEA_DB_URL");
        check.jdbcUrl("AQEA_LEXICON_DB_URL");
        check.pooler();
        check.dumpHosts();
        check.trustedProxies();
        check.bzip2Decoder();
        check.logFormat();
        check.operatorContact();
        check.wikiApi();
        check.cluster();
        return List.copyOf(check.problems);
    }

    private String value(String name) {
        String value = lookup.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private void required(String name, String what) {
        if (value(name) == null) {
            problems.add(name + " is not set: it must hold " + what + " (the Quick start generates one)");
        }
    }

    private void operatorContact() {
        String value = value("AQEA_OPERATOR_CONTACT");
        if (value != null && !UserAgent.isContact(value)) {
            problems.add("AQEA_OPERATOR_CONTACT='" + value + "': allowed is an e-mail address or a web page (http:// or"
                    + " https://), sent to the dump servers and wikis with every request");
        }
    }

    private void wikiApi() {
        String value = value("AQEA_WIKI_API_URL");
        if (value != null && !value.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            problems.add("AQEA_WIKI_API_URL='" + value + "': allowed is the http(s) URL of a wiki's api.php, {edition}"
                    + " standing for the edition's code (https://{edition}.wiktionary.org/w/api.php)");
        }
    }

    /** A role, and what a server of a cluster needs besides: its secrets and a timeout of several heartbeats. */
    private void cluster() {
        String value = value("AQEA_ROLE");
        ServerRole role;
        try {
            role = value == null ? ServerRole.STANDALONE : ServerRole.of(value);
        } catch (IllegalArgumentException e) {
            problems.add("AQEA_ROLE='" + value + "': " + e.getMessage());
            return;
        }
        int before = problems.size();
        number("AQEA_HEARTBEAT_SECONDS", 1, 3_600, "a number of seconds");
        number("AQEA_PARTITION_TIMEOUT_SECONDS", 3, 86_400, "a number of seconds");
        number("AQEA_EXECUTOR_PARTITIONS", 1, 1_024, "a number of partitions");
        number("AQEA_MESSAGING_PORT", 1, 65_535, "a TCP port");
        if (problems.size() == before) {
            long heartbeat = Long.parseLong(valueOr("AQEA_HEARTBEAT_SECONDS", Settings.HEARTBEAT_SECONDS));
            long timeout = Long.parseLong(valueOr("AQEA_PARTITION_TIMEOUT_SECONDS", Settings.PARTITION_TIMEOUT_SECONDS));
            if (timeout < 3 * heartbeat) {
                problems.add("AQEA_PARTITION_TIMEOUT_SECONDS=" + timeout + " is less than three heartbeats (AQEA_HEARTBEAT_SECONDS="
                        + heartbeat + "): a server would be taken for lost between two beats");
            }
        }
        if (role.clustered()) {
            required("AQEA_CLUSTER_PASSWORD", "the password of the cluster's user, the same on every server of the cluster");
            required("AQEA_CLUSTER_KEYSTORE", "the path of the keystore every server of the cluster shares");
            required("AQEA_CLUSTER_KEYSTORE_PASSWORD", "the password of the cluster's keystore");
        }
    }

    private String valueOr(String name, String otherwise) {
        String value = value(name);
        return value == null ? otherwise : value;
    }

    private void bzip2Decoder() {
        String value = value("AQEA_BZIP2_DECODER");
        try {
            Bzip2Decoder.lbzip2(value);
        } catch (IllegalArgumentException e) {
            problems.add("AQEA_BZIP2_DECODER='" + value + "': " + e.getMessage());
        }
    }

    private void flag(String name) {
        String value = value(name);
        if (value != null && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            problems.add(name + "='" + value + "': allowed are true and false");
        }
    }

    private void number(String name, long min, long max, String what) {
        String value = value(name);
        if (value == null) {
            return;
        }
        String allowed = max == Long.MAX_VALUE ? what + " from " + min : what + " from " + min + " to " + max;
        try {
            long number = Long.parseLong(value);
            if (number < min || number > max) {
                problems.add(name + "=" + value + ": allowed is " + allowed);
            }
        } catch (NumberFormatException e) {
            problems.add(name + "='" + value + "': allowed is " + allowed);
        }
    }

    private void jdbcUrl(String name) {
        String value = value(name);
        if (value == null) {
            return;
        }
        String allowed = ": allowed is a PostgreSQL JDBC URL, jdbc:postgresql://host[:port]/database[?parameters]";
        if (!value.startsWith("jdbc:postgresql://")) {
            problems.add(name + " does not start with jdbc:postgresql://" + allowed);
            return;
        }
        try {
            URI uri = new URI(value.substring("jdbc:".length()));
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                problems.add(name + " names no host or no database" + allowed);
            }
        } catch (URISyntaxException e) {
            // The URL may hold a password: the message names the variable, not the value.
            problems.add(name + " is malformed at character " + e.getIndex() + allowed);
        }
    }

    private void dumpHosts() {
        String value = value("AQEA_DUMP_HOSTS");
        if (value == null) {
            return;
        }
        for (String host : value.split(",")) {
            try {
                new DumpPolicy(List.of(), List.of(host));
            } catch (IllegalArgumentException e) {
                problems.add("AQEA_DUMP_HOSTS entry '" + host.trim() + "': allowed are host, host:port and "
                        + "http://host[:port], comma-separated");
            }
        }
    }

    private void trustedProxies() {
        String value = value("AQEA_TRUSTED_PROXIES");
        if (value == null) {
            return;
        }
        for (String address : value.split(",")) {
            String proxy = address.strip();
            if (!proxy.isEmpty() && !proxy.matches("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F]*:[0-9a-fA-F:.]*")) {
                problems.add("AQEA_TRUSTED_PROXIES entry '" + proxy + "': allowed are IP addresses as the server sees its"
                        + " peers (127.0.0.1, ::1), comma-separated");
            }
        }
    }

    /**
     * {@code AQEA_LEXICON_POOLER}: none, session or transaction; Supabase's transaction pooler (port 6543 of a
     * {@code pooler.supabase.com} host) only with transaction: in another mode its errors would be retried by luck.
     */
    private void pooler() {
        String value = value("AQEA_LEXICON_POOLER");
        String mode = value == null ? "none" : value.toLowerCase(Locale.ROOT);
        if (!List.of("none", "session", "transaction").contains(mode)) {
            problems.add("AQEA_LEXICON_POOLER='" + value + "': allowed are none, session and transaction");
            return;
        }
        String url = valueOr("AQEA_LEXICON_DB_URL", valueOr("AQEA_DB_URL", ""));
        if (!mode.equals("transaction") && SUPABASE_TRANSACTION_POOLER.matcher(url).find()) {
            problems.add("AQEA_LEXICON_DB_URL is Supabase's transaction pooler (port 6543): set AQEA_LEXICON_POOLER=transaction");
        }
    }

    private void logFormat() {
        String value = value("AQEA_LOG_FORMAT");
        if (value != null && !List.of("dev", "json", "simple", "tbasic").contains(value.toLowerCase(Locale.ROOT))) {
            problems.add("AQEA_LOG_FORMAT='" + value + "': allowed are dev, json, simple and tbasic");
        }
    }
}
