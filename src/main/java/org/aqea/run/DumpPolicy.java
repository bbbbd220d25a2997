package org.aqea.run;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where dumps may come from: files inside the operator's dump folders (after following links, so no {@code ..}
 * or symbolic link leads out), and URLs of the operator's hosts, https unless a host is listed with
 * {@code http://}. A listed name that resolves to a loopback, private, link-local or multicast address is refused
 * unless the operator listed that address itself: the server must not become a way into its own network.
 */
public final class DumpPolicy {

    /** Wikimedia's dump server and its mirrors. */
    public static final List<String> DEFAULT_HOSTS = List.of("dumps.wikimedia.org", "dumps.wikimedia.your.org",
            "ftp.acc.umu.se", "mirror.accum.se");

    private record AllowedHost(String scheme, String host, int port) {

        static AllowedHost parse(String spec) {
            String text = spec.trim().toLowerCase(Locale.ROOT);
            String scheme = "https";
            int separator = text.indexOf("://");
            if (separator >= 0) {
                scheme = text.substring(0, separator);
                text = text.substring(separator + 3);
            }
            text = text.replaceAll("/+$", "");
            int port = -1;
            int colon = text.lastIndexOf(':');
            if (colon > 0 && !text.endsWith("]")) {
                port = Integer.parseInt(text.substring(colon + 1));
                text = text.substring(0, colon);
            }
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new IllegalArgumentException("AQEA_DUMP_HOSTS: '" + spec + "' is neither http nor https");
            }
            if (text.isEmpty() || text.contains("/")) {
                throw new IllegalArgumentException("AQEA_DUMP_HOSTS: '" + spec + "' is not a host");
            }
            return new AllowedHost(scheme, text, port);
        }

        boolean allows(URI url) {
            return scheme.equals(url.getScheme()) && host.equals(url.getHost().toLowerCase(Locale.ROOT))
                    && (port < 0 || port == effectivePort(url));
        }

        /** Whether the operator named an address (or localhost) rather than a name that DNS turns into one. */
        boolean namesAnAddress() {
            return host.equals("localhost") || host.startsWith("[") || host.matches("[0-9.]+");
        }
    }

    private final List<Path> folders;
    private final List<AllowedHost> hosts;

    /**
     * @param folders folders dumps may be read from (missing ones allow nothing)
     * @param hosts   {@code host}, {@code host:port} or {@code http://host[:port]} entries
     */
    public DumpPolicy(List<Path> folders, List<String> hosts) {
        this.folders = new ArrayList<>();
        for (Path folder : folders) {
            try {
                this.folders.add(folder.toAbsolutePath().toRealPath());
            } catch (IOException e) {
                // a folder that does not exist (yet) holds no dump
            }
        }
        this.hosts = hosts.stream().filter(h -> !h.isBlank()).map(AllowedHost::parse).toList();
    }

    /** Whether the location is a URL rather than a path. */
    public static boolean isUrl(String location) {
        return location.regionMatches(true, 0, "http://", 0, 7) || location.regionMatches(true, 0, "https://", 0, 8);
    }

    /** The location to read: the real path of an allowed file, or an allowed URL as given. */
    public String check(String location) {
        return isUrl(location) ? allowedUrl(location).toString() : allowedPath(location).toString();
    }

    /** The real path of a dump inside a dump folder; a relative path is taken from the first folder. */
    public Path allowedPath(String location) {
        if (location.contains(":") && !location.startsWith("/")) {
            throw refused("dump '" + location + "' is neither a path nor an http(s) URL");
        }
        if (folders.isEmpty()) {
            throw refused("no dump folder exists on the server; the operator sets them in AQEA_DUMP_DIRS");
        }
        Path path;
        try {
            path = Path.of(location);
        } catch (InvalidPathException e) {
            throw refused("dump '" + location + "' is not a valid path: " + e.getReason());
        }
        Path absolute = (path.isAbsolute() ? path : folders.get(0).resolve(path)).normalize();
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (NoSuchFileException e) {
            if (inFolders(absolute)) {
                throw refused("dump '" + location + "' does not exist on the server (or is not a file or a folder)");
            }
            throw outsideFolders(location);
        } catch (IOException e) {
            throw outsideFolders(location);
        }
        if (!inFolders(real)) {
            throw outsideFolders(location);
        }
        if (!Files.isRegularFile(real) && !Files.isDirectory(real)) {
            throw refused("dump '" + location + "' does not exist on the server (or is not a file or a folder)");
        }
        if (!Files.isReadable(real)) {
            throw refused("dump '" + location + "' is not readable by the server");
        }
        return real;
    }

    /** A URL of an allowed host, resolved to allowed addresses only. */
    public URI allowedUrl(String location) {
        URI url;
        try {
            url = new URI(location);
        } catch (URISyntaxException e) {
            throw refused("dump '" + location + "' is not a valid URL: " + e.getReason());
        }
        checkUrl(url);
        return url;
    }

    /** Checks a URL to be fetched, the first one or one a server redirects to. */
    public void checkUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || url.getHost() == null || url.getRawUserInfo() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            throw refused("dump URL '" + url + "' is not allowed: give an https URL of a dump host, without user name");
        }
        AllowedHost allowed = hosts.stream().filter(h -> h.allows(url)).findFirst().orElseThrow(() -> refused(
                "dump URL '" + url + "' is not allowed: dumps are fetched only from " + describeHosts()
                        + " (the operator lists hosts in AQEA_DUMP_HOSTS)"));
        if (allowed.namesAnAddress()) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            throw refused("dump host '" + url.getHost() + "' is unknown");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw refused("dump URL '" + url + "' is not allowed: its host resolves to an internal address");
            }
        }
    }

    /**
     * Loopback, private, link-local, multicast, unspecified, reserved or IPv6 unique-local; an IPv6 address that
     * carries an IPv4 one (mapped {@code ::ffff:0:0/96}, compatible {@code ::/96}, NAT64 {@code 64:ff9b::/96}, 6to4
     * {@code 2002::/16}) is what the IPv4 one is, and NAT64's local-use prefix {@code 64:ff9b:1::/48} is internal.
     */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isMulticastAddress() || address.isAnyLocalAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xFE) == 0xFC) {
                return true;
            }
            if (startsWith(bytes, 0x00, 0x64, 0xFF, 0x9B, 0x00, 0x01)) {
                return true;
            }
            if (startsWith(bytes, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF) || startsWith(bytes, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                    || startsWith(bytes, 0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0)) {
                return isInternal(ipv4(java.util.Arrays.copyOfRange(bytes, 12, 16)));
            }
            if (startsWith(bytes, 0x20, 0x02)) {
                return isInternal(ipv4(java.util.Arrays.copyOfRange(bytes, 2, 6)));
            }
            return false;
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        // 0.0.0.0/8, carrier-grade NAT 100.64.0.0/10, IETF 192.0.0.0/24, benchmarking 198.18.0.0/15, reserved 240.0.0.0/4.
        return first == 0 || first == 100 && (second & 0xC0) == 64 || first == 192 && second == 0 && bytes[2] == 0
                || first == 198 && (second & 0xFE) == 18 || first >= 240;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("four bytes are an IPv4 address", e);
        }
    }

    private String describeHosts() {
        return hosts.isEmpty() ? "no host" : hosts.stream()
                .map(h -> h.scheme() + "://" + h.host() + (h.port() < 0 ? "" : ":" + h.port())).toList().toString();
    }

    private boolean inFolders(Path path) {
        return folders.stream().anyMatch(path::startsWith);
    }

    private RunRefusal outsideFolders(String location) {
        return refused("dump '" + location + "' is not in an allowed dump folder " + folders
                + " (the operator lists them in AQEA_DUMP_DIRS)");
    }

    private static RunRefusal refused(String message) {
        return new RunRefusal(RunRefusal.DUMP_NOT_ALLOWED, message);
    }

    private static int effectivePort(URI url) {
        return url.getPort() >= 0 ? url.getPort() : url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }
}
