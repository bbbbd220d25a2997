package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WildFly's package, {@code target/aqea-extractor-wildfly.zip}, unpacked with {@code unzip} and started with its
 * launcher as an operator (or its systemd unit) does, with environment variables only, on ports of its own, against
 * the test database. Stopped by SIGTERM in the middle of a job, the next start finds the execution FAILED (WildFly
 * stops its jobs without letting them end STOPPED) and the restart completes it with what an undisturbed run stores.
 * The launcher refuses to start without the users' passwords or with a user name the realm's file cannot hold.
 * Runs in the WildFly crash execution, after the Arquillian tests on WildFly, one server at a time on the database.
 */
class PackagedWildFlyIT {

    private static final Path HOME = Path.of("target", "packaged-wildfly").toAbsolutePath();
    private static PackagedServer packaged;

    @BeforeAll
    static void unpack() throws Exception {
        packaged = PackagedServer.wildFly(HOME, 19080);
    }

    @Test
    void aJobStoppedBySigtermInTheMiddleIsRestartedToWhatAnUndisturbedRunStores() throws Exception {
        PackagedServerIT.assertSigtermInTheMiddleIsRestartedToAnUndisturbedRun(packaged, "FAILED");
    }

    @Test
    void theLauncherRefusesToStartWithoutPasswordsOrWithAUserNameTheRealmCannotHold() throws Exception {
        Process launcher = packaged.start(Map.of("AQEA_ADMIN_PASSWORD", "", "AQEA_READER_USER", "reader=admin"), "refused");
        assertTrue(launcher.waitFor(60, TimeUnit.SECONDS), "the launcher ends at once");
        assertEquals(2, launcher.exitValue());
        String output = Files.readString(packaged.log("refused"), StandardCharsets.UTF_8);
        assertTrue(output.contains("AQEA_ADMIN_PASSWORD is not set: it must hold the password of a user of the application"), output);
        assertTrue(output.contains("user name 'reader=admin' (AQEA_ADMIN_USER, AQEA_READER_USER): allowed are letters,"
                + " digits, '.', '_' and '-'"), output);
        assertFalse(output.contains("WFLYSRV"), "WildFly did not start: " + output);
    }
}
