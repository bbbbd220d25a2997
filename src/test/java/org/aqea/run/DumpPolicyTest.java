package org.aqea.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The addresses a dump URL's host may not resolve to: the policy itself, not through a server. */
class DumpPolicyTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, true", "10.1.2.3, true", "172.16.0.1, true", "192.168.1.1, true", "169.254.169.254, true",
            "100.64.0.1, true", "0.0.0.0, true", "0.1.2.3, true", "192.0.0.8, true", "198.18.0.1, true", "198.19.255.254, true",
            "224.0.0.1, true", "240.0.0.1, true", "255.255.255.255, true",
            "::1, true", "::, true", "fe80::1, true", "fc00::1, true", "fd12:3456::1, true", "ff02::1, true",
            "::ffff:127.0.0.1, true", "::ffff:10.0.0.1, true", "::127.0.0.1, true", "64:ff9b::7f00:1, true",
            "64:ff9b::a9fe:a9fe, true", "64:ff9b:1::1, true", "2002:7f00:1::1, true", "2002:c0a8:101::1, true",
            "208.80.154.224, false", "198.20.0.1, false", "100.128.0.1, false", "192.0.2.1, false",
            "2620:0:861:ed1a::1, false", "::ffff:208.80.154.224, false", "64:ff9b::d050:9ae0, false", "2002:d050:9ae0::1, false"})
    void internalAddressesAreKnownWhateverTheirNotation(String address, boolean internal) throws Exception {
        assertEquals(internal, DumpPolicy.isInternal(InetAddress.getByName(address)), address);
    }
}
