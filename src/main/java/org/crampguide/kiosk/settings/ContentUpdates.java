package org.crampguide.kiosk.settings;

import java.net.URI;
import java.util.List;

/**
 * Where a kiosk of a gym chain gets its content: a signed pack at {@code contentUrl} (https, or
 * {@code file:} for a shared folder), trusted when signed by one of {@code contentPublicKeys}
 * (several during a key rotation), checked every {@code contentCheckMinutes}. Off without a URL.
 *
 * @param publicKeys the base64 text of each Ed25519 public key, as {@code --make-key} prints it
 */
public record ContentUpdates(URI url, List<String> publicKeys, int checkMinutes) {
    public static final NumberSetting CHECK_MINUTES = new NumberSetting("/contentCheckMinutes", 1, 1440, 15, "minutes");
    public static final ContentUpdates OFF = new ContentUpdates(null, List.of(), (int) CHECK_MINUTES.defaultValue());

    public ContentUpdates {
        publicKeys = List.copyOf(publicKeys);
        CHECK_MINUTES.require(checkMinutes);
        if (url != null && publicKeys.isEmpty()) {
            throw new IllegalArgumentException("contentUrl needs at least one content public key");
        }
    }

    public boolean on() {
        return url != null;
    }
}
