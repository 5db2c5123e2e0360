package org.crampguide.packs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;

/**
 * The signature of a pack zip: Ed25519 over the whole file, kept beside it as {@code pack.zip.sig}
 * (one line of base64). A kiosk trusts a pack signed by any one of its public keys.
 */
public final class PackSignature {
    public static final String SUFFIX = ".sig";
    /** An Ed25519 signature is 64 bytes; its file is a line of base64. */
    public static final int MAX_FILE_BYTES = 1024;
    private static final int SIGNATURE_BYTES = 64;

    private PackSignature() {
    }

    public static byte[] sign(PrivateKey key, Path zip) throws IOException {
        try {
            Signature signer = Signature.getInstance(PackKeys.ALGORITHM);
            signer.initSign(key);
            feed(signer, zip);
            return (Base64.getEncoder().encodeToString(signer.sign()) + "\n").getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    /** Whether one of {@code keys} signed {@code zip}; {@code signatureFile} is the .sig file's text. */
    public static void verify(List<PublicKey> keys, Path zip, byte[] signatureFile, String where)
            throws PackException, IOException {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(new String(signatureFile, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new PackException(where + SUFFIX + ": is not a pack signature (not base64)");
        }
        if (signature.length != SIGNATURE_BYTES) {
            throw new PackException(where + SUFFIX + ": is not a pack signature (" + signature.length
                    + " bytes, not " + SIGNATURE_BYTES + ")");
        }
        for (PublicKey key : keys) {
            try {
                Signature verifier = Signature.getInstance(PackKeys.ALGORITHM);
                verifier.initVerify(key);
                feed(verifier, zip);
                if (verifier.verify(signature)) {
                    return;
                }
            } catch (GeneralSecurityException e) {
                // a key that cannot check this signature did not make it; try the next
            }
        }
        throw new PackException(where + ": the signature does not match any of the kiosk's "
                + keys.size() + " content public key(s); the pack was changed or signed with another key");
    }

    private static void feed(Signature signature, Path zip) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(zip)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                signature.update(buffer, 0, n);
            }
        }
    }
}
