package org.crampguide.kiosk.settings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The kiosk file as written, before checking. Numbers and true/false are read as {@link JsonNode}s
 * so that a wrong kind of value can be reported in the kiosk's own words; a field left out is
 * {@code null}, a JSON {@code null} is a {@code NullNode}.
 */
record KioskFile(
        @JsonProperty("$schema") String schema,
        JsonNode idleSeconds,
        JsonNode countdownSeconds,
        JsonNode holdSeconds,
        JsonNode hideCursor,
        String language,
        StaffPinEntry staffPin,
        PinAttemptsEntry pinAttempts,
        String logFolder,
        JsonNode logFiles,
        JsonNode logFileBytes,
        String emergencyNumber,
        JsonNode holdTones,
        JsonNode usageStats,
        JsonNode usageRetentionDays,
        String usageExportFolder,
        String contentUrl,
        JsonNode contentPublicKeys,
        JsonNode contentCheckMinutes,
        String metricsAddress,
        String speech,
        JsonNode speechRate,
        JsonNode speechVolume) {

    record StaffPinEntry(String salt, String hash, JsonNode iterations) {
    }

    record PinAttemptsEntry(JsonNode maxFailures, JsonNode lockoutSeconds) {
    }
}
