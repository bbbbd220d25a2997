package org.aqea.registry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A signed tree head: the log's size and root at a time, signed by the server's Ed25519 key. The signature covers
 * {@link #signedText()}, a text anybody can rebuild from the head's fields.
 *
 * @param publicKey the signer's public key, X.509 (SubjectPublicKeyInfo) DER
 */
public record TreeHead(long treeSize, byte[] rootHash, Instant signedAt, byte[] publicKey, byte[] signature) {

    /** The first line of the signed text: what is signed, in which version. */
    static final String SIGNED_TEXT_VERSION = "aqea-registry-tree-head/1";

    /** What the signature covers: version, size, root (lowercase hex) and time (ISO-8601 UTC), one per line. */
    public static byte[] signedText(long treeSize, byte[] rootHash, Instant signedAt) {
        return (SIGNED_TEXT_VERSION + "\n" + treeSize + "\n" + HexFormat.of().formatHex(rootHash) + "\n" + signedAt + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public byte[] signedText() {
        return signedText(treeSize, rootHash, signedAt);
    }

    /** Whether the signature is the given key's over this head (the head's own key is not trusted by itself). */
    public boolean signedBy(byte[] trustedPublicKey) {
        return SigningKey.verify(trustedPublicKey, signedText(), signature);
    }

    public String rootHex() {
        return HexFormat.of().formatHex(rootHash);
    }
}
