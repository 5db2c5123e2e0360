package org.crampguide.app;

import java.lang.module.ModuleDescriptor;
import java.time.Clock;
import java.util.Optional;
import org.crampguide.content.BundledPack;
import org.crampguide.library.ContentSource;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints: the pom's version, which the compiler records in the module
 * descriptor, and the fingerprint of the bundled guide, the same one the kiosk's Diagnostics
 * screen shows, so two builds of one version with different content can be told apart.
 */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Cramp Guide " + number() + " (content " + BundledFingerprint.VALUE + ")"};
    }

    /** The module's version, e.g. {@code 0.1.0}; run from the class path (tests) it has none. */
    static String number() {
        return Optional.ofNullable(Version.class.getModule().getDescriptor())
                .flatMap(ModuleDescriptor::rawVersion)
                .orElse("(development build)");
    }

    /** Read once, when first asked for: it reads and checks the whole bundled pack. */
    private static final class BundledFingerprint {
        static final String VALUE = read();

        private static String read() {
            ContentSource bundled = new ContentSource(new BundledPack(), Clock.systemUTC());
            bundled.read();
            return bundled.loaded() == null ? "unusable" : bundled.loaded().fingerprint();
        }
    }
}
