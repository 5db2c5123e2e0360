package org.crampguide.kiosk.settings;

/** Where the kiosk serves {@code /metrics} and {@code /healthz}: {@code metricsAddress}, e.g. {@code 127.0.0.1:9464}. */
public record MetricsAddress(String host, int port) {
    public MetricsAddress {
        if (host == null || host.isBlank() || port < 0 || port > 65535) {
            throw new IllegalArgumentException("metricsAddress needs a host and a port from 0 to 65535");
        }
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
