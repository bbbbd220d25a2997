package org.aqea.devenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The packaged WildFly server, {@code target/aqea-extractor-wildfly.zip}: the build's WildFly with the application
 * installed (driver module, {@code standalone-aqea.xml}, the WAR) and its launcher {@code bin/aqea-extractor.sh},
 * under one folder {@code aqea-extractor-wildfly/}, Unix modes kept so that {@code unzip} gives runnable scripts.
 *
 * <p>{@code main(<wildfly home> <server-config/wildfly> <war> <zip>)}. What a start writes (users, logs, data,
 * deployment markers, the configuration's history) and what the tests add (their users and secrets) stay out: a
 * package holds no password, and the launcher writes the users from the environment at every start.
 */
public final class WildFlyPackage {

    static final String FOLDER = "aqea-extractor-wildfly";
    private static final String LAUNCHER = "bin/aqea-extractor.sh";
    private static final List<String> LEFT_OUT = List.of("standalone/data", "standalone/log", "standalone/tmp",
            "standalone/configuration/standalone_xml_history", "standalone/configuration/application-users.properties",
            "standalone/configuration/application-roles.properties", "standalone/configuration/aqea-secrets.properties",
            "standalone/configuration/" + WildFlyServer.CONFIGURATION + ".cli.sha256", "domain", "appclient");
    private static final Set<String> DEPLOYMENT_MARKERS = Set.of(".deployed", ".failed", ".isdeploying", ".pending",
            ".undeployed", ".dodeploy");

    private WildFlyPackage() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Path serverConfig = Path.of(args[1]).toAbsolutePath();
        WildFlyServer.of(home).install(serverConfig, Path.of(args[2]).toAbsolutePath());
        Path zip = Path.of(args[3]).toAbsolutePath();
        write(home, serverConfig.resolve(LAUNCHER), zip);
        System.out.printf("[aqea] packaged WildFly server: %s (%d MB)%n", zip, Files.size(zip) >> 20);
    }

    private static void write(Path home, Path launcher, Path zip) throws IOException {
        Path partial = zip.resolveSibling(zip.getFileName() + ".partial");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(partial.toFile());
                Stream<Path> files = Files.walk(home)) {
            // Most of WildFly is jars, compressed already: the fastest level loses little.
            out.setLevel(Deflater.BEST_SPEED);
            for (Path file : files.sorted().toList()) {
                String name = home.relativize(file).toString();
                if (!name.isEmpty() && !leftOut(name) && !name.equals(LAUNCHER)) {
                    add(out, file, name);
                }
            }
            add(out, launcher, LAUNCHER);
        }
        Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean leftOut(String name) {
        for (String prefix : LEFT_OUT) {
            if (name.equals(prefix) || name.startsWith(prefix + "/")) {
                return true;
            }
        }
        return name.startsWith("standalone/deployments/")
                && DEPLOYMENT_MARKERS.stream().anyMatch(name::endsWith);
    }

    private static void add(ZipArchiveOutputStream out, Path file, String name) throws IOException {
        boolean folder = Files.isDirectory(file);
        ZipArchiveEntry entry = new ZipArchiveEntry(FOLDER + "/" + name + (folder ? "/" : ""));
        entry.setUnixMode((folder ? 0_040_000 : 0_100_000) | mode(Files.getPosixFilePermissions(file)));
        entry.setLastModifiedTime(Files.getLastModifiedTime(file));
        out.putArchiveEntry(entry);
        if (!folder) {
            Files.copy(file, out);
        }
        out.closeArchiveEntry();
    }

    private static int mode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission permission : permissions) {
            // The enum runs OWNER_READ .. OTHERS_EXECUTE, from the highest bit of rwxrwxrwx to the lowest.
            mode |= 1 << (8 - permission.ordinal());
        }
        return mode;
    }
}
