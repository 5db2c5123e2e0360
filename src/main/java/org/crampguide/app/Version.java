package org.crampguide.app;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.crampguide.bodymap.BodyView;
import org.crampguide.content.BundledPack;
import org.crampguide.content.ContentPack;
import org.crampguide.content.Language;
import picocli.CommandLine.IVersionProvider;

/**
 * The version printed by {@code --version}: the pom's version, which the compiler records in the
 * module descriptor, and a fingerprint of the bundled content, so a gym can tell two builds of the
 * same version with different text apart.
 */
final class Version implements IVersionProvider {
    private static final int FINGERPRINT_HEX_DIGITS = 12;

    @Override
    public String[] getVersion() {
        return new String[] {"Cramp Guide " + number() + " (content " + fingerprint(new BundledPack()) + ")"};
    }

    /** The module's version, e.g. {@code 0.1.0}; run from the class path (tests) it has none. */
    static String number() {
        return Optional.ofNullable(Version.class.getModule().getDescriptor())
                .flatMap(ModuleDescriptor::rawVersion)
                .orElse("(development build)");
    }

    /**
     * The first hex digits of a SHA-256 over every file the guide is read from (each language's
     * JSON and both drawings), each preceded by its path, in a fixed order. A missing file counts
     * as its path alone, so the fingerprint still says which content this is.
     */
    static String fingerprint(ContentPack pack) {
        MessageDigest digest = sha256();
        for (String path : contentFiles()) {
            digest.update((path + "\n").getBytes(StandardCharsets.UTF_8));
            try {
                pack.read(path).ifPresent(digest::update);
            } catch (IOException e) {
                return "unreadable: " + path;
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, FINGERPRINT_HEX_DIGITS);
    }

    private static List<String> contentFiles() {
        List<String> files = new ArrayList<>();
        for (Language language : Language.values()) {
            files.add(language.guideFile());
            files.add(language.musclesFile());
        }
        for (BodyView view : BodyView.values()) {
            files.add(view.fileName());
        }
        return files;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }
}
