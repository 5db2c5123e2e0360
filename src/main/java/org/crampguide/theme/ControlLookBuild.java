package org.crampguide.theme;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.css.Stylesheet;

/**
 * Writes {@link ControlLook}'s stylesheet when the app is built (Maven's process-classes phase): the
 * rules of AtlantaFX's Primer Light, without the selectors of control families the guide never shows,
 * in JavaFX's binary form. A rule with several selectors keeps those that name none of them.
 *
 * <p>The families are those of controls the guide's code never creates (checked by a test that reads
 * the sources) and whose style classes no node of its screens carries (checked on the built screens).
 */
public final class ControlLookBuild {
    /**
     * The style classes of the control families left out, each also standing for the classes that
     * begin with it and a hyphen ({@code html-editor} for {@code html-editor-bold}).
     */
    public static final Set<String> LEFT_OUT = Set.of("accordion", "alert", "bb-code", "breadcrumbs", "calendar",
            "card", "check-box", "choice-box", "color-palette", "color-picker", "combo-box", "custom-color-dialog",
            "date-cell", "date-picker", "deck-pane", "dialog-pane", "html-editor", "inline-date-picker",
            "input-group", "menu-bar", "menu-button", "message", "modal-box", "modal-pane", "notification",
            "pagination", "popover", "progress-bar", "progress-indicator", "radio-button", "ring-progress-indicator",
            "slider", "spinner", "split-menu-button", "split-pane", "tab", "tile", "toggle-switch",
            "tool-bar", "tree-cell", "tree-table-view", "tree-view", "week-number-cell");

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern STYLE_CLASS = Pattern.compile("\\.([A-Za-z][\\w-]*)");

    private ControlLookBuild() {
    }

    /** {@code args[0]}: the classes folder; the stylesheet goes beside {@link ControlLook} in it. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ControlLookBuild CLASSES_FOLDER");
        }
        String trimmed = trim(primerLight());
        Path out = Path.of(args[0]).resolve(Resources.path(ControlLook.class, ControlLook.FILE));
        Files.createDirectories(out.getParent());
        Path css = out.resolveSibling(ControlLook.FILE + ".css.part");
        Path bss = out.resolveSibling(ControlLook.FILE + ".part");
        try {
            Files.writeString(css, trimmed);
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
            Files.move(bss, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(css);
            Files.deleteIfExists(bss);
        }
    }

    /** AtlantaFX's Primer Light as text, from its jar. */
    static String primerLight() {
        String path = new PrimerLight().getUserAgentStylesheet();
        URL url = PrimerLight.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("AtlantaFX's stylesheet " + path + " is not on the class path");
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }

    /** The stylesheet without the left-out families' selectors; fails on anything but plain rules. */
    static String trim(String stylesheet) {
        String text = COMMENT.matcher(stylesheet).replaceAll(" ");
        StringBuilder out = new StringBuilder(text.length() / 2);
        int at = 0;
        while (true) {
            int open = text.indexOf('{', at);
            if (open < 0) {
                if (!text.substring(at).isBlank()) {
                    throw new IllegalStateException("the stylesheet ends inside a rule, at character " + at);
                }
                return out.toString();
            }
            int close = text.indexOf('}', open);
            String selectors = text.substring(at, open).trim();
            if (close < 0 || text.lastIndexOf('{', close) != open || selectors.contains("}") || selectors.startsWith("@")) {
                throw new IllegalStateException("not a plain rule at character " + at + ": "
                        + selectors.substring(0, Math.min(60, selectors.length())));
            }
            List<String> kept = new ArrayList<>();
            for (String selector : selectors.split(",")) {
                if (!leftOut(selector.trim())) {
                    kept.add(selector.trim());
                }
            }
            if (!kept.isEmpty()) {
                out.append(String.join(",\n", kept)).append(" {").append(text, open + 1, close).append("}\n");
            }
            at = close + 1;
        }
    }

    /** Whether a selector names a style class of a left-out family. */
    static boolean leftOut(String selector) {
        Matcher styleClass = STYLE_CLASS.matcher(selector);
        while (styleClass.find()) {
            if (leftOutClass(styleClass.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a style class is, or begins with, a left-out family's ({@code html-editor-bold}). */
    public static boolean leftOutClass(String name) {
        for (String family : LEFT_OUT) {
            if (name.equals(family) || name.startsWith(family + "-")) {
                return true;
            }
        }
        return false;
    }
}
