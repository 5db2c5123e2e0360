package org.crampguide.packs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 keys that sign content packs (the JDK's own algorithm, no extra library). Keys are
 * kept as PEM files, as OpenSSL writes them; a kiosk's settings hold the public key's base64 text
 * (the line between the PEM markers).
 */
public final class PackKeys {
    public static final String ALGORITHM = "Ed25519";
    public static final String PRIVATE_FILE = "pack-signing.key";
    public static final String PUBLIC_FILE = "pack-signing.pub";
    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";

    private PackKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
        }
    }

    /** Writes both files into {@code folder}; refuses to replace a key that is already there. */
    public static void write(KeyPair keys, Path folder) throws PackException, IOException {
        Path privateFile = folder.resolve(PRIVATE_FILE);
        Path publicFile = folder.resolve(PUBLIC_FILE);
        for (Path file : new Path[] {privateFile, publicFile}) {
            if (Files.exists(file)) {
                throw new PackException(file + ": already exists; a new key would orphan every pack signed with it"
                        + " (move it away first if you really mean to replace it)");
            }
        }
        SafeFiles.write(privateFile, pem(PRIVATE_LABEL, keys.getPrivate().getEncoded()), true);
        SafeFiles.write(publicFile, pem(PUBLIC_LABEL, keys.getPublic().getEncoded()), false);
    }

    /** The text a kiosk's {@code contentPublicKeys} holds for this key. */
    public static String text(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PrivateKey readPrivate(Path file) throws PackException {
        byte[] der = readPem(file, PRIVATE_LABEL);
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new PackException(file + ": is not an Ed25519 private key (make one with --make-key)");
        }
    }

    /** A public key from its base64 text; the message says what is wrong with it. */
    public static PublicKey publicKey(String text) throws PackException {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new PackException("is not base64 (" + e.getMessage() + "); copy the line --make-key printed");
        }
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new PackException("is not an Ed25519 public key; copy the line --make-key printed");
        }
    }

    private static byte[] pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return ("-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] readPem(Path file, String label) throws PackException {
        String text;
        try {
            if (Files.size(file) > 16 * 1024) {
                throw new PackException(file + ": is far too big for a key file");
            }
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new PackException(file + ": no such key file");
        } catch (IOException e) {
            throw new PackException(file + ": cannot be read: " + e.getMessage());
        }
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new PackException(file + ": is not a PEM file with a " + label + " (make one with --make-key)");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new PackException(file + ": the key is not valid base64 (" + e.getMessage() + ")");
        }
    }
}
