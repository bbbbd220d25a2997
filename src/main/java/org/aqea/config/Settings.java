package org.aqea.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.aqea.dump.Bzip2Decoder;
import org.aqea.dump.DumpDownload;
import org.aqea.run.DumpPolicy;
import org.eclipse.microprofile.config.ConfigProvider;

/** The server-side settings that the application itself reads (the server's own are in server.xml). */
public final class Settings {

    private Settings() {
    }

    /** When true, reading endpoints need no log-in. */
    public static boolean openRead() {
        return Boolean.parseBoolean(value("AQEA_OPEN_READ", "false"));
    }

    /** When true, jobs accept the test-only fault switch (see {@code faultAt}). Never set in production. */
    public static boolean testFaultsEnabled() {
        return Boolean.parseBoolean(value("AQEA_TEST_FAULTS", "false"));
    }

    /** Root of the local data: journals, downloaded dumps. */
    public static Path dataDir() {
        return Path.of(value("AQEA_DATA_DIR", "data"));
    }

    /**
     * Where the split step writes the shards of running jobs ({@code AQEA_WORK_DIR}, default {@code <data dir>/work}):
     * every server that runs partitions of a job reads them there, so servers of a cluster share it.
     */
    public static Path workDir() {
        return Path.of(value("AQEA_WORK_DIR", dataDir().resolve("work").toString())).toAbsolutePath();
    }

    /**
     * Where chunks the lexicon database could not take wait for their replay ({@code AQEA_JOURNAL_DIR}): by default in
     * the data directory, and for a server of a cluster in the shared work directory, where the dispatcher's
     * allocation finds what every executor journalled.
     */
    public static Path journalDir() {
        Path byDefault = role().clustered() ? workDir().resolve("journal") : dataDir().resolve("journal");
        return Path.of(value("AQEA_JOURNAL_DIR", byDefault.toString())).toAbsolutePath();
    }

    /**
     * The Ed25519 key that signs the address registry's tree heads ({@code AQEA_REGISTRY_KEY}, default {@code <data
     * dir>/registry-ed25519.pem}), made on first use. Servers of a cluster sign with one key: give them the same file.
     */
    public static Path registryKey() {
        return Path.of(value("AQEA_REGISTRY_KEY", dataDir().resolve("registry-ed25519.pem").toString())).toAbsolutePath();
    }

    /** Where dumps given by URL are downloaded to. */
    public static Path dumpCacheDir() {
        return dataDir().resolve("dumps").toAbsolutePath();
    }

    /** Folders dumps may be read from: {@code AQEA_DUMP_DIRS}, comma-separated; default the download cache. */
    public static List<Path> dumpDirs() {
        String dirs = value("AQEA_DUMP_DIRS", dumpCacheDir().toString());
        return Arrays.stream(dirs.split(",")).map(String::trim).filter(d -> !d.isEmpty()).map(Path::of).toList();
    }

    /** Hosts dumps may be downloaded from: {@code AQEA_DUMP_HOSTS}, comma-separated; default Wikimedia's. */
    public static List<String> dumpHosts() {
        String hosts = value("AQEA_DUMP_HOSTS", String.join(",", DumpPolicy.DEFAULT_HOSTS));
        return Arrays.stream(hosts.split(",")).map(String::trim).filter(h -> !h.isEmpty()).toList();
    }

    public static DumpPolicy dumpPolicy() {
        return new DumpPolicy(dumpDirs(), dumpHosts());
    }

    /** Downloads of dumps given by URL, into the cache, from the allowed hosts only. */
    public static DumpDownload dumpDownload() {
        return new DumpDownload(dumpCacheDir(), Duration.ofSeconds(60), dumpPolicy()::checkUrl, maxDumpBytes(),
                operatorContact());
    }

    /** The operator's e-mail address or web page, sent with every download ({@code AQEA_OPERATOR_CONTACT}). */
    public static Optional<String> operatorContact() {
        return Optional.ofNullable(value("AQEA_OPERATOR_CONTACT", null)).map(String::trim).filter(c -> !c.isEmpty());
    }

    /**
     * The Action API of an edition's wiki, which live runs read: {@code AQEA_WIKI_API_URL} with {@code {edition}} for
     * the edition's code, default {@code https://{edition}.wiktionary.org/w/api.php}.
     */
    public static String wikiApi(String edition) {
        return value("AQEA_WIKI_API_URL", "https://{edition}.wiktionary.org/w/api.php").replace("{edition}", edition);
    }

    /** The requests a live run may send to the wiki's API at most, {@code AQEA_WIKI_API_BUDGET}. */
    public static int wikiApiBudget() {
        return Integer.parseInt(value("AQEA_WIKI_API_BUDGET", "2000"));
    }

    /** The largest dump a download may bring: {@code AQEA_MAX_DUMP_BYTES}, default 20 GiB. */
    public static long maxDumpBytes() {
        return Long.parseLong(value("AQEA_MAX_DUMP_BYTES", Long.toString(20L << 30)));
    }

    /** How long the metrics of an execution stay after its last count: {@code AQEA_METRICS_RETENTION_SECONDS}. */
    public static Duration metricsRetention() {
        return Duration.ofSeconds(Long.parseLong(value("AQEA_METRICS_RETENTION_SECONDS", "3600")));
    }

    /**
     * Addresses of reverse proxies whose {@code X-Forwarded-For} names the client, {@code AQEA_TRUSTED_PROXIES}
     * (comma-separated IP addresses as the server sees them; default none).
     */
    public static List<String> trustedProxies() {
        return Arrays.stream(value("AQEA_TRUSTED_PROXIES", "").split(",")).map(String::strip)
                .filter(address -> !address.isEmpty()).toList();
    }

    /** API requests a second per client address, {@code AQEA_RATE_LIMIT}; bursts of twice that. */
    public static int rateLimit() {
        return Integer.parseInt(value("AQEA_RATE_LIMIT", "50"));
    }

    /** Failed log-ins in a row after which a user name is locked out from the address, {@code AQEA_LOGIN_MAX_FAILURES}. */
    public static int loginMaxFailures() {
        return Integer.parseInt(value("AQEA_LOGIN_MAX_FAILURES", "5"));
    }

    /** How long a lock-out lasts, {@code AQEA_LOGIN_LOCKOUT_SECONDS}. */
    public static Duration loginLockout() {
        return Duration.ofSeconds(Long.parseLong(value("AQEA_LOGIN_LOCKOUT_SECONDS", "300")));
    }

    /** Whether the server listens on loopback only ({@code AQEA_HOST}): else it answers HTTPS only. */
    public static boolean listensOnLoopbackOnly() {
        return isLoopbackHost(value("AQEA_HOST", "localhost"));
    }

    static boolean isLoopbackHost(String host) {
        String name = host.trim().toLowerCase(java.util.Locale.ROOT);
        return name.equals("localhost") || name.equals("::1") || name.equals("[::1]") || name.startsWith("127.");
    }

    /**
     * Where the server calls its own API (the followers' timer): plain HTTP on its own listening address ({@code
     * AQEA_HOST}, loopback when it listens on every interface) and port ({@code AQEA_HTTP_PORT}).
     */
    public static URI ownApi() {
        return ownApi(value("AQEA_HOST", "localhost"), Integer.parseInt(value("AQEA_HTTP_PORT", "9080")));
    }

    static URI ownApi(String host, int port) {
        String name = host.trim();
        if (name.equals("*") || name.equals("0.0.0.0") || name.equals("::") || name.equals("[::]")) {
            name = "127.0.0.1";
        } else if (name.contains(":") && !name.startsWith("[")) {
            name = "[" + name + "]";
        }
        return URI.create("http://" + name + ":" + port + "/api/");
    }

    public static int httpsPort() {
        return Integer.parseInt(value("AQEA_HTTPS_PORT", "9443"));
    }

    /** How long the job may parse one page before it rejects it: {@code AQEA_PAGE_BUDGET_MS}, default 5 s. */
    public static Duration pageBudget() {
        return Duration.ofMillis(Long.parseLong(value("AQEA_PAGE_BUDGET_MS", "5000")));
    }

    /** The lbzip2 that decompresses bz2 dumps, or none for the Java decoder: {@code AQEA_BZIP2_DECODER}, default auto. */
    public static Optional<Path> lbzip2() {
        return Bzip2Decoder.lbzip2(value("AQEA_BZIP2_DECODER", Bzip2Decoder.DEFAULT));
    }

    /** What this server does in a cluster, {@code AQEA_ROLE}; default standalone. */
    public static ServerRole role() {
        return ServerRole.of(value("AQEA_ROLE", "standalone"));
    }

    static final String HEARTBEAT_SECONDS = "10";
    static final String PARTITION_TIMEOUT_SECONDS = "60";

    /** How often a server of a cluster says it is alive, {@code AQEA_HEARTBEAT_SECONDS}. */
    public static Duration heartbeat() {
        return Duration.ofSeconds(Long.parseLong(value("AQEA_HEARTBEAT_SECONDS", HEARTBEAT_SECONDS)));
    }

    /**
     * How long a partition's server may stay silent before a dispatcher fails the partition,
     * {@code AQEA_PARTITION_TIMEOUT_SECONDS}; at least three heartbeats.
     */
    public static Duration partitionTimeout() {
        return Duration.ofSeconds(Long.parseLong(value("AQEA_PARTITION_TIMEOUT_SECONDS", PARTITION_TIMEOUT_SECONDS)));
    }

    /**
     * This server as the progress of a partition names where it ran: {@code host/server} ({@code node1/aqea}), from the
     * host name and Liberty's server name.
     */
    public static String serverIdentity() {
        return HostName.NAME + "/" + value("aqea.server.name", "aqea");
    }

    /** The host's name, looked up once (a lookup may wait for the resolver). */
    private static final class HostName {
        static final String NAME = lookUp();

        private static String lookUp() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "localhost";
            }
        }
    }

    public static int defaultChunkSize() {
        return Integer.parseInt(value("AQEA_CHUNK_SIZE", "500"));
    }

    private static String value(String name, String fallback) {
        String configured = configured(name);
        return configured == null ? fallback : configured;
    }

    /**
     * A setting from MicroProfile Config (system properties, the environment, server.xml variables), or null when
     * it is unset or blank: a blank variable means "take the default", as the server.xml defaults do.
     */
    static String configured(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class)
                .map(String::trim).filter(v -> !v.isEmpty()).orElse(null);
    }
}
