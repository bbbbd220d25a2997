package org.aqea.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void theServerCallsItselfWhereItListens() {
        assertEquals("http://localhost:9080/api/", Settings.ownApi("localhost", 9080).toString());
        assertEquals("http://192.168.1.5:19080/api/", Settings.ownApi(" 192.168.1.5 ", 19080).toString());
        assertEquals("http://[::1]:9080/api/", Settings.ownApi("::1", 9080).toString());
        assertEquals("http://[::1]:9080/api/", Settings.ownApi("[::1]", 9080).toString());
        for (String everywhere : new String[] {"*", "0.0.0.0", "::", "[::]"}) {
            assertEquals("http://127.0.0.1:9080/api/", Settings.ownApi(everywhere, 9080).toString(), everywhere);
        }
        assertEquals("http://localhost:9080/api/jobs", Settings.ownApi("localhost", 9080).resolve("jobs").toString());
    }

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
