package org.aqea.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The head-signing key: made once and kept, read by OpenSSL as written, and a head's signature bound to its fields. */
class SigningKeyTest {

    @TempDir
    Path dir;

    @Test
    void aKeyIsMadeOnceOwnerOnlyAndReadBackTheSame() throws IOException {
        Path file = dir.resolve("keys/registry.pem");
        SigningKey made = SigningKey.loadOrCreate(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        SigningKey read = SigningKey.loadOrCreate(file);
        assertArrayEquals(made.publicKey(), read.publicKey());
        byte[] text = "text".getBytes(StandardCharsets.UTF_8);
        assertTrue(SigningKey.verify(made.publicKey(), text, read.sign(text)));
    }

    @Test
    void openSslReadsTheKeyAndDerivesTheSamePublicKey() throws Exception {
        Path file = dir.resolve("registry.pem");
        SigningKey key = SigningKey.loadOrCreate(file);
        Process openssl = new ProcessBuilder("openssl", "pkey", "-in", file.toString(), "-pubout", "-outform", "DER")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] derived = openssl.getInputStream().readAllBytes();
        assertEquals(0, openssl.waitFor());
        assertArrayEquals(key.publicKey(), derived);
    }

    @Test
    void aKeyFileWithoutItsPublicHalfIsRefusedWithTheCommandThatAddsIt() throws Exception {
        Path file = dir.resolve("openssl.pem");
        Process genpkey = new ProcessBuilder("openssl", "genpkey", "-algorithm", "ed25519", "-out", file.toString())
                .inheritIO().start();
        assertEquals(0, genpkey.waitFor());
        IOException refused = assertThrows(IOException.class, () -> SigningKey.loadOrCreate(file));
        assertTrue(refused.getMessage().contains("-pubout >> " + file), refused.getMessage());
        Process pubout = new ProcessBuilder("sh", "-c", "openssl pkey -in '" + file + "' -pubout >> '" + file + "'")
                .inheritIO().start();
        assertEquals(0, pubout.waitFor());
        SigningKey key = SigningKey.loadOrCreate(file);
        byte[] text = "head".getBytes(StandardCharsets.UTF_8);
        assertTrue(SigningKey.verify(key.publicKey(), text, key.sign(text)));
    }

    @Test
    void aHeadVerifiesOnlyAsSignedAndOnlyByItsKey() throws IOException {
        SigningKey key = SigningKey.loadOrCreate(dir.resolve("a.pem"));
        SigningKey other = SigningKey.loadOrCreate(dir.resolve("b.pem"));
        byte[] root = HexFormat.of().parseHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
        Instant at = Instant.parse("2026-12-06T15:00:00.123456Z");
        TreeHead head = new TreeHead(8, root, at, key.publicKey(), key.sign(TreeHead.signedText(8, root, at)));
        assertTrue(head.signedBy(key.publicKey()));
        assertFalse(head.signedBy(other.publicKey()));
        assertFalse(new TreeHead(9, root, at, key.publicKey(), head.signature()).signedBy(key.publicKey()));
        assertFalse(new TreeHead(8, root, at.plusNanos(1000), key.publicKey(), head.signature()).signedBy(key.publicKey()));
        assertFalse(head.signedBy(Base64.getDecoder().decode("AAAA")));
        assertEquals("aqea-registry-tree-head/1\n8\n5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328\n"
                + "2026-12-06T15:00:00.123456Z\n", new String(head.signedText(), StandardCharsets.UTF_8));
    }
}
