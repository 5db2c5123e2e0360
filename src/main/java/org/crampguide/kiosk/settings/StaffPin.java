package org.crampguide.kiosk.settings;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The staff PIN as the kiosk file keeps it: a PBKDF2-HMAC-SHA256 hash of the PIN with its salt
 * and iteration count, never the PIN itself. The arrays are copied in and out, so a
 * {@code StaffPin} cannot be changed once made.
 */
public record StaffPin(byte[] salt, byte[] hash, int iterations) implements PinCheck {
    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 12;
    public static final int SALT_BYTES = 16;
    public static final int HASH_BYTES = 32;
    /** 100,000 at least; at most 2,000,000 so one check stays within about two seconds. */
    public static final NumberSetting ITERATIONS =
            new NumberSetting("/staffPin/iterations", 100_000, 2_000_000, 210_000, "");
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    public StaffPin {
        if (salt.length < SALT_BYTES) {
            throw new IllegalArgumentException("the salt must be at least " + SALT_BYTES + " bytes");
        }
        if (hash.length != HASH_BYTES) {
            throw new IllegalArgumentException("the hash must be " + HASH_BYTES + " bytes");
        }
        ITERATIONS.require(iterations);
        salt = salt.clone();
        hash = hash.clone();
    }

    /** Hashes a new PIN with a fresh random salt; the caller still owns (and should wipe) {@code pin}. */
    public static StaffPin create(char[] pin) {
        return create(pin, (int) ITERATIONS.defaultValue());
    }

    /** As {@link #create(char[])}, with a given work factor (within {@link #ITERATIONS}). */
    public static StaffPin create(char[] pin, int iterations) {
        formatProblem(pin).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new StaffPin(salt, derive(pin, salt, iterations), iterations);
    }

    /** Why {@code pin} cannot be a staff PIN, or empty when it can (4 to 12 digits 0–9). */
    public static Optional<String> formatProblem(char[] pin) {
        if (pin == null || pin.length == 0) {
            return Optional.of("the PIN is empty: choose " + MIN_DIGITS + " to " + MAX_DIGITS + " digits");
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return Optional.of("the PIN may only contain the digits 0 to 9");
            }
        }
        if (pin.length < MIN_DIGITS || pin.length > MAX_DIGITS) {
            return Optional.of("the PIN has " + pin.length + " digits; it must have " + MIN_DIGITS + " to "
                    + MAX_DIGITS);
        }
        return Optional.empty();
    }

    /** True when {@code pin} is this PIN; the comparison takes the same time however much of it matches. */
    @Override
    public boolean matches(char[] pin) {
        if (pin == null || pin.length == 0) {
            return false;
        }
        byte[] candidate = derive(pin, salt, iterations);
        try {
            return MessageDigest.isEqual(candidate, hash);
        } finally {
            Arrays.fill(candidate, (byte) 0);
        }
    }

    /** The {@code "staffPin": {...}} entry to paste into the kiosk file. */
    public String toJson() {
        Base64.Encoder base64 = Base64.getEncoder();
        return "\"staffPin\": {\n"
                + "  \"salt\": \"" + base64.encodeToString(salt) + "\",\n"
                + "  \"hash\": \"" + base64.encodeToString(hash) + "\",\n"
                + "  \"iterations\": " + iterations + "\n"
                + "}";
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPin that && iterations == that.iterations
                && Arrays.equals(salt, that.salt) && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(salt) + Arrays.hashCode(hash)) + iterations;
    }

    /** Leaves the salt and hash out, so they do not end up in a log. */
    @Override
    public String toString() {
        return "StaffPin[PBKDF2WithHmacSHA256, " + iterations + " iterations]";
    }
}
