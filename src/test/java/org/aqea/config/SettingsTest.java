package org.aqea.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void onlyLoopbackNamesKeepPlainHttp() {
        for (String host : new String[] {"localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]", " LocalHost "}) {
            assertTrue(Settings.isLoopbackHost(host), host);
        }
        for (String host : new String[] {"*", "0.0.0.0", "::", "192.168.1.5", "example.org", "localhost.example.org"}) {
            assertFalse(Settings.isLoopbackHost(host), host);
        }
    }
}
