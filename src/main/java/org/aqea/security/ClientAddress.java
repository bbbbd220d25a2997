package org.aqea.security;

import java.util.List;
import java.util.Set;

/**
 * The address of the client a request comes from: the connection's peer, or, when the peer is a reverse proxy the
 * operator trusts ({@code AQEA_TRUSTED_PROXIES}), the address that proxy names in {@code X-Forwarded-For}. The
 * header is read from its end, past the trusted proxies, so that a client cannot choose its address by sending the
 * header itself.
 */
public final class ClientAddress {

    private final Set<String> trustedProxies;

    public ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    /**
     * @param peer          the connection's remote address
     * @param forwardedFor  the {@code X-Forwarded-For} header, or null
     */
    public String of(String peer, String forwardedFor) {
        if (!trustedProxies.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
