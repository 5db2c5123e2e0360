package org.crampguide.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.instrumentation.jvm.JvmMemoryMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.crampguide.usage.UsageRecorder;

/**
 * What a kiosk tells Prometheus: that it is up and for how long, its build, its content (version,
 * fingerprint, age) and the last content check, what visitors do (the same events as the usage
 * counts, as running totals), errors recovered from, and the JVM's memory. Labels are few and
 * known in advance: muscle ids from the content and fixed check results, never visitor input.
 */
public final class KioskMetrics {
    private static final Pattern MUSCLE_ID = Pattern.compile("[a-z0-9-]{1,40}");

    /** What the kiosk is showing now, read at each scrape. */
    public interface Readings {
        /** The content on screen: a pack's version and fingerprint, and the time its age counts from. */
        Optional<Content> content();

        /** The last check of {@code contentUrl}, if the kiosk follows one and has checked. */
        Optional<Check> lastCheck();

        /** Whether the kiosk can speak, and the engine or why not. */
        default org.crampguide.speech.SpeechStatus speech() {
            return org.crampguide.speech.SpeechStatus.unavailable("turned off");
        }
    }

    public record Content(String version, String fingerprint, Instant since) {
    }

    public record Check(Instant at, boolean ok) {
    }

    /** The result label of {@code cramp_guide_content_checks_total}. */
    public enum CheckResult {
        UPDATED, UNCHANGED, REFUSED, APPLY_FAILED;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter sessions;
    private final Counter musclesOpened;
    private final Counter idleResets;
    private final Counter holdsStarted;
    private final Counter holdsCompleted;
    private final Counter firstAid;
    private final Counter errorsRecovered;
    private final Counter checks;

    public KioskMetrics(String buildVersion, Readings readings, Clock clock, LongSupplier uptimeMillis) {
        Info.builder().name("cramp_guide_build_info").help("The running Cramp Guide build").labelNames("version")
                .register(registry).setLabelValues(buildVersion);
        GaugeWithCallback.builder().name("cramp_guide_uptime_seconds").help("Seconds since the kiosk started")
                .callback(c -> c.call(uptimeMillis.getAsLong() / 1000.0)).register(registry);
        GaugeWithCallback.builder().name("cramp_guide_content_info")
                .help("The content on screen (always 1): its pack version and fingerprint")
                .labelNames("pack_version", "fingerprint")
                .callback(c -> readings.content().ifPresent(now -> c.call(1, now.version(), now.fingerprint())))
                .register(registry);
        GaugeWithCallback.builder().name("cramp_guide_content_age_seconds")
                .help("Age of the content on screen: since this kiosk put it on screen (a pack's own creation time is not trusted for this)")
                .callback(c -> readings.content().ifPresent(now -> c.call(seconds(Duration.between(now.since(), clock.instant())))))
                .register(registry);
        GaugeWithCallback.builder().name("cramp_guide_content_last_check_timestamp_seconds")
                .help("When the kiosk last checked its contentUrl (Unix time)")
                .callback(c -> readings.lastCheck().ifPresent(check -> c.call(check.at().toEpochMilli() / 1000.0)))
                .register(registry);
        GaugeWithCallback.builder().name("cramp_guide_content_last_check_success")
                .help("1 when the last check of contentUrl worked (new pack or unchanged), 0 when it failed")
                .callback(c -> readings.lastCheck().ifPresent(check -> c.call(check.ok() ? 1 : 0)))
                .register(registry);
        GaugeWithCallback.builder().name("cramp_guide_speech_available")
                .help("1 when the kiosk can read its steps aloud; the detail says the engine, or why not (speech: unavailable)")
                .labelNames("detail")
                .callback(c -> {
                    org.crampguide.speech.SpeechStatus speech = readings.speech();
                    c.call(speech.available() ? 1 : 0, speech.detail());
                })
                .register(registry);
        checks = counter("cramp_guide_content_checks_total", "Checks of contentUrl by result", "result");
        errorsRecovered = counter("cramp_guide_errors_recovered_total", "Unexpected errors the kiosk recovered from");
        sessions = counter("cramp_guide_sessions_total", "Visits: first touches on the attract screen");
        musclesOpened = counter("cramp_guide_muscles_opened_total", "Muscles opened, by muscle id", "muscle");
        idleResets = counter("cramp_guide_idle_resets_total", "Returns to the attract screen after nobody touched it");
        holdsStarted = counter("cramp_guide_stretch_holds_started_total", "Stretch hold timers started, by muscle", "muscle");
        holdsCompleted = counter("cramp_guide_stretch_holds_completed_total", "Stretch hold timers run to the end, by muscle",
                "muscle");
        firstAid = counter("cramp_guide_first_aid_total",
                "Answers in the first-aid flow: call now, don't stretch, eased, not eased, get help (at 10 minutes), by muscle",
                "outcome", "muscle");
        for (CheckResult result : CheckResult.values()) {
            checks.labelValues(result.label()); // every result shows from the start, at 0
        }
        JvmMemoryMetrics.builder().register(registry);
    }

    public PrometheusRegistry registry() {
        return registry;
    }

    /** Counts one check of contentUrl. */
    public void checked(CheckResult result) {
        checks.labelValues(result.label()).inc();
    }

    /** Passes every usage event on to {@code inner} (the usage database, or nothing) and counts the ones Prometheus shows. */
    public UsageRecorder counting(UsageRecorder inner) {
        return new UsageRecorder() {
            @Override
            public boolean record(org.crampguide.usage.Counter counter, String label) {
                count(counter, label);
                return inner.record(counter, label);
            }

            @Override
            public void close() {
                inner.close();
            }
        };
    }

    private void count(org.crampguide.usage.Counter counter, String label) {
        switch (counter) {
            case SESSION -> sessions.inc();
            case IDLE_RESET -> idleResets.inc();
            case ERROR_RECOVERED -> errorsRecovered.inc();
            case MUSCLE_OPENED -> musclesOpened.labelValues(muscle(label)).inc();
            case HOLD_STARTED -> holdsStarted.labelValues(muscle(label)).inc();
            case HOLD_COMPLETED -> holdsCompleted.labelValues(muscle(label)).inc();
            case FLOW_CALL_NOW, FLOW_DONT_STRETCH, FLOW_EASED, FLOW_NOT_EASED, FLOW_GET_HELP ->
                    firstAid.labelValues(counter.stored().substring("flow_".length()), muscle(label)).inc();
            default -> {
                // the rest (panels, searches, languages) stay in the usage counts only
            }
        }
    }

    /** A muscle id as a label; anything unexpected becomes "other", so the label never grows without bound. */
    private static String muscle(String id) {
        return id != null && MUSCLE_ID.matcher(id).matches() ? id : "other";
    }

    private Counter counter(String name, String help, String... labels) {
        return Counter.builder().name(name).help(help).labelNames(labels).register(registry);
    }

    private static double seconds(Duration duration) {
        return Math.max(0, duration.toMillis() / 1000.0);
    }
}
