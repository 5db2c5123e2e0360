package org.crampguide.kiosk.settings;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crampguide.packs.PackException;
import org.crampguide.packs.PackKeys;

/** Checks the settings a gym chain uses: contentUrl, contentPublicKeys, contentCheckMinutes, metricsAddress. */
final class ChainSettings {
    /** Plain http only to this machine: a local proxy or a test server; anything further needs https. */
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private ChainSettings() {
    }

    /** The content updates, {@link ContentUpdates#OFF} without a URL, or null when a problem was reported. */
    static ContentUpdates contentUpdates(String url, JsonNode keys, JsonNode minutes, SettingChecks check) {
        long every = check.number(minutes, ContentUpdates.CHECK_MINUTES);
        if (check.absent(url, "/contentUrl", "no content updates")) {
            return ContentUpdates.OFF;
        }
        URI address = url(url, check);
        List<String> publicKeys = publicKeys(keys, check);
        return address == null || publicKeys == null ? null : new ContentUpdates(address, publicKeys, (int) every);
    }

    private static URI url(String text, SettingChecks check) {
        URI url;
        try {
            url = new URI(text.strip());
        } catch (URISyntaxException e) {
            check.problem("/contentUrl", "is not a web address (" + e.getReason() + ")");
            return null;
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        String problem = switch (scheme) {
            case "https" -> url.getHost() == null ? "names no server" : null;
            case "http" -> url.getHost() != null && LOOPBACK.contains(url.getHost()) ? null
                    : "must start with https:// (plain http is allowed only to this machine, 127.0.0.1)";
            case "file" -> url.getPath() == null || url.getPath().isEmpty() ? "names no file" : null;
            default -> "must start with https:// (or be a file: path on a shared folder), not \"" + text + "\"";
        };
        if (problem == null && (url.getPath() == null || url.getPath().endsWith("/"))) {
            problem = "must name the pack file itself, such as https://packs.example.org/gym/pack.zip";
        }
        if (problem != null) {
            check.problem("/contentUrl", problem);
            return null;
        }
        return url;
    }

    private static List<String> publicKeys(JsonNode keys, SettingChecks check) {
        String hint = ": contentUrl needs the public key(s) its packs are signed with (--make-key prints one)";
        if (!check.required(keys, "/contentPublicKeys", hint)) {
            return null;
        }
        if (!keys.isArray() || keys.isEmpty()) {
            check.problem("/contentPublicKeys", "must be a list of one or more public keys [\"MCowBQYDK2VwAyEA...\"]");
            return null;
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            JsonNode key = keys.get(i);
            String pointer = "/contentPublicKeys/" + i;
            if (!key.isTextual()) {
                check.problem(pointer, "must be a public key's text in quotes");
                continue;
            }
            try {
                PackKeys.publicKey(key.textValue());
                found.add(key.textValue().strip());
            } catch (PackException e) {
                check.problem(pointer, e.getMessage());
            }
        }
        return found.size() == keys.size() ? found : null;
    }

    /** {@code host:port} ({@code [::1]:9464} for an IPv6 host), null when left out (off) or wrong (reported). */
    static MetricsAddress metricsAddress(String text, SettingChecks check) {
        if (check.absent(text, "/metricsAddress", "no metrics")) {
            return null;
        }
        int colon = text.lastIndexOf(':');
        String host = colon < 0 ? "" : text.substring(0, colon).strip();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String port = colon < 0 ? "" : text.substring(colon + 1).strip();
        if (host.isEmpty() || !port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            check.problem("/metricsAddress", "must be host:port with a port from 1 to 65535, such as \"127.0.0.1:9464\""
                    + " (found \"" + text + "\")");
            return null;
        }
        return new MetricsAddress(host, Integer.parseInt(port));
    }
}
