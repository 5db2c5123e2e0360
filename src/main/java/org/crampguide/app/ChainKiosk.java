package org.crampguide.app;

import org.crampguide.commands.ExitCodes;

import org.crampguide.commands.ContentCheck;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.crampguide.content.ContentPack;
import org.crampguide.kiosk.settings.ContentUpdates;
import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.library.ContentSource;
import org.crampguide.metrics.KioskMetrics;
import org.crampguide.metrics.MetricsServer;
import org.crampguide.packs.PackException;
import org.crampguide.packs.PackFetcher;
import org.crampguide.packs.PackKeys;
import org.crampguide.packs.PackStore;
import org.crampguide.packs.PackDownload;
import org.crampguide.usage.UsageRecorder;

/**
 * What a kiosk of a gym chain adds: content updates from {@code contentUrl} and metrics at
 * {@code metricsAddress}, each only when its setting is there. A metrics address that cannot be
 * served is logged and shown in Diagnostics; the kiosk goes on without it.
 */
final class ChainKiosk implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ChainKiosk.class.getName());
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    /** How long the UI thread may take to answer /healthz. */
    static final Duration UI_ANSWER = Duration.ofSeconds(1);

    private final KioskConfig config;
    private final ContentSource content;
    private final Clock clock;
    private final GuideOnScreen guide;
    private final KioskMetrics metrics;
    private final PackFollower updates;
    private final Served served;

    /**
     * Starts what the settings ask for, in order: the metrics' counters, the content updates, then
     * the metrics server. {@code betweenVisitors} says (on the JavaFX thread) whether the attract
     * screen is up; {@code ui} runs a task on the JavaFX thread.
     */
    ChainKiosk(KioskConfig config, ContentSource content, ContentPack bundled, GuideOnScreen guide,
            BooleanSupplier betweenVisitors, Executor ui, PackFetcher.Limits limits, Clock clock) {
        this.config = config;
        this.content = content;
        this.clock = clock;
        this.guide = guide;
        this.metrics = config.metricsAddress() == null ? null : new KioskMetrics(Version.number(), new Readings(), clock,
                () -> ManagementFactory.getRuntimeMXBean().getUptime());
        this.updates = config.contentUpdates().on() ? updates(bundled, betweenVisitors, ui, limits) : null;
        this.served = metrics == null ? new Served(null, "off") : serve(ui);
    }

    /** The metrics server, or why there is none, for Diagnostics. */
    private record Served(MetricsServer server, String state) {
    }

    private Served serve(Executor ui) {
        try {
            return new Served(MetricsServer.start(config.metricsAddress().host(), config.metricsAddress().port(),
                    metrics.registry(), ui, UI_ANSWER), "http://" + config.metricsAddress() + "/metrics and /healthz");
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "metricsAddress " + config.metricsAddress()
                    + " cannot be served (" + e + "); the kiosk runs without metrics");
            return new Served(null, "not served: " + config.metricsAddress() + ": " + e.getMessage());
        }
    }

    private PackFollower updates(ContentPack bundled, BooleanSupplier betweenVisitors, Executor ui, PackFetcher.Limits limits) {
        ContentUpdates settings = config.contentUpdates();
        PackStore store = PackStore.inStateFolder(config.stateFolder());
        PackDownload updater = new PackDownload(settings.url(), keys(settings), store, new PackFetcher(limits),
                folder -> ContentCheck.problems(folder, bundled), clock);
        Optional<PackStore.Current> startedWith = store.current()
                .filter(current -> content.name().equals(current.folder().toString()));
        PackFollower started = new PackFollower(updater, store, content, bundled, guide.library(), startedWith, guide,
                betweenVisitors, ui, clock, result -> {
                    if (metrics != null) {
                        metrics.checked(result);
                    }
                }, PackFollower.Watchdog.KIOSK, () -> Runtime.getRuntime().halt(ExitCodes.FATAL))
                .start(Duration.ofMinutes(settings.checkMinutes()));
        guide.onReload(started::checkNow); // staff's Reload asks the chain's server now
        return started;
    }

    private static List<PublicKey> keys(ContentUpdates settings) {
        List<PublicKey> keys = new ArrayList<>();
        for (String text : settings.publicKeys()) {
            try {
                keys.add(PackKeys.publicKey(text));
            } catch (PackException e) {
                throw new IllegalStateException("the settings reader let a bad key through: " + e.getMessage(), e);
            }
        }
        return keys;
    }

    /** The usage events, also counted for Prometheus when metrics are on. */
    UsageRecorder counting(UsageRecorder usage) {
        return metrics == null ? usage : metrics.counting(usage);
    }

    PackFollower updates() {
        return updates;
    }

    /** The Diagnostics lines about content updates and metrics. */
    List<String> diagnostics() {
        List<String> lines = new ArrayList<>();
        if (updates == null) {
            lines.add("Content updates: off");
        } else {
            PackFollower.Status status = updates.status();
            lines.add("Content updates: " + config.contentUpdates().url() + ", every "
                    + config.contentUpdates().checkMinutes() + " min");
            lines.add("Last check: " + (status.lastCheck() == null ? "not yet" : TIME.format(status.lastCheck()))
                    + (status.ok() ? " (ok) " : " (FAILED) ") + status.result());
            lines.add("Pack on screen: " + (status.onScreen() == null ? "none yet (bundled guide)"
                    : status.onScreen().packVersion() + ", made " + TIME.format(status.onScreen().createdAt()) + " ("
                            + age(Duration.between(status.onScreen().createdAt(), clock.instant())) + " old)"));
        }
        lines.add("Metrics: " + served.state());
        return lines;
    }

    static String age(Duration age) {
        Duration positive = age.isNegative() ? Duration.ZERO : age;
        return positive.toDays() > 0 ? positive.toDays() + "d " + positive.toHoursPart() + "h"
                : positive.toHours() > 0 ? positive.toHours() + "h " + positive.toMinutesPart() + "m"
                : positive.toMinutes() + "m";
    }

    @Override
    public void close() {
        if (updates != null) {
            updates.close();
        }
        if (served.server() != null) {
            served.server().close();
        }
    }

    /** What the metrics read at each scrape. */
    private final class Readings implements KioskMetrics.Readings {
        @Override
        public Optional<KioskMetrics.Content> content() {
            ContentSource.Loaded loaded = content.loaded();
            if (loaded == null) {
                return Optional.empty();
            }
            PackStore.Current pack = updates == null ? null : updates.status().onScreen();
            // the content's age counts from when this kiosk put it on screen: a pack that claims a late
            // creation time cannot hold the staleness alert off
            return Optional.of(pack != null ? new KioskMetrics.Content(pack.packVersion(), loaded.fingerprint(), loaded.at())
                    : new KioskMetrics.Content(content.name().equals("bundled") ? "bundled" : "local", loaded.fingerprint(),
                            loaded.at()));
        }

        @Override
        public org.crampguide.speech.SpeechStatus speech() {
            return guide.voice().status();
        }

        @Override
        public Optional<KioskMetrics.Check> lastCheck() {
            PackFollower.Status status = updates == null ? null : updates.status();
            return status == null || status.lastCheck() == null ? Optional.empty()
                    : Optional.of(new KioskMetrics.Check(status.lastCheck(), status.ok()));
        }
    }
}
