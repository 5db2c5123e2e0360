package org.crampguide.kiosk.log;

import java.time.Instant;

/** A warning or error from the log, as the staff Diagnostics screen lists it. */
public record LoggedError(Instant time, String level, String logger, String message) {
}
