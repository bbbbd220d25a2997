package org.aqea.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The server's Ed25519 key for signing tree heads, kept in one PEM file (the private key as PKCS#8, as {@code openssl
 * genpkey -algorithm ed25519} writes it, then the public key), made on first use. The public key is published as
 * X.509 DER.
 */
public final class SigningKey {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key in the file, or a new one written there (readable by its owner only) when there is none. */
    public static synchronized SigningKey loadOrCreate(Path file) throws IOException {
        try {
            if (Files.exists(file)) {
                String pem = Files.readString(file, StandardCharsets.US_ASCII);
                KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
                return new SigningKey(factory.generatePrivate(new PKCS8EncodedKeySpec(block(pem, "PRIVATE KEY", file))),
                        factory.generatePublic(new X509EncodedKeySpec(block(pem, "PUBLIC KEY", file))));
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(partial);
            Files.writeString(partial, pem("PRIVATE KEY", pair.getPrivate().getEncoded())
                    + pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
            if (partial.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(partial, file);
            return new SigningKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IOException("the Ed25519 key in " + file + " cannot be read or made: " + e.getMessage(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /**
     * A PEM block's bytes. The JDK derives no Ed25519 public key from a private one, so the file holds both (a key
     * made with openssl gets its public half by {@code openssl pkey -in key.pem -pubout >> key.pem}).
     */
    private static byte[] block(String pem, String type, Path file) throws GeneralSecurityException {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new GeneralSecurityException(file + " holds no PEM block '" + begin + "'; a key file holds the private"
                    + " key and its public key (openssl pkey -in " + file + " -pubout >> " + file + ")");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }

    public byte[] publicKey() {
        return publicKey.getEncoded();
    }

    public byte[] sign(byte[] text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(text);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK from 15 on signs with Ed25519", e);
        }
    }

    /** Whether {@code signature} is the key's (X.509 DER) over {@code text}; false for any malformed input. */
    public static boolean verify(byte[] publicKey, byte[] text, byte[] signature) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(publicKey));
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(text);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
