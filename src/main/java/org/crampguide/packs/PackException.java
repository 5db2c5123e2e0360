package org.crampguide.packs;

/**
 * A pack, key or download that cannot be used. The message is for people: it names the file or
 * address and says what is wrong, ready to print or log as it is.
 */
public final class PackException extends Exception {
    public PackException(String message) {
        super(message);
    }

    public PackException(String message, Throwable cause) {
        super(message, cause);
    }
}
