package org.aqea.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Puts a {@link TcpProxy} between the test server and its lexicon database for the whole test run, when
 * {@code AQEA_TEST_LEXICON_PROXY} names one (the build sets it for the integration tests and points the server's
 * AQEA_LEXICON_DB_URL at it). It opens before any test starts the server, which migrates through it.
 */
public final class LexiconDatabaseProxy implements LauncherSessionListener {

    private static TcpProxy proxy;

    /** The running proxy, or null when the tests run without one. */
    public static synchronized TcpProxy get() {
        return proxy;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String spec = System.getenv("AQEA_TEST_LEXICON_PROXY");
        if (spec == null || spec.isBlank()) {
            return;
        }
        synchronized (LexiconDatabaseProxy.class) {
            try {
                proxy = TcpProxy.parse(spec);
                proxy.restore();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the lexicon database proxy " + spec, e);
            }
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (LexiconDatabaseProxy.class) {
            if (proxy != null) {
                try {
                    proxy.close();
                } catch (IOException e) {
                    // the JVM ends anyway
                }
                proxy = null;
            }
        }
    }
}
