package org.crampguide.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.crampguide.kiosk.KioskView;
import org.crampguide.theme.Theme;
import org.junit.jupiter.api.Test;

/**
 * One stylesheet policy: every stylesheet reaches the screen through the scene's list, none through
 * a view, an FXML file or a control of its own. A stylesheet left out of the list would leave its
 * screen unstyled; one that a view brings itself would get a style cache per view.
 */
class StylesheetsTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void theScenesListCarriesEveryStylesheetOnceWithTheThemeFirst() throws IOException {
        List<String> scene = new ArrayList<>(GuideOnScreen.stylesheets());
        scene.addAll(KioskView.stylesheets());
        scene.add(Theme.highContrast());
        Set<String> listed = new TreeSet<>();
        for (String url : scene) {
            assertTrue(listed.add(url.substring(url.indexOf("org/crampguide/"))), "listed twice: " + url);
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> all = Files.walk(RESOURCES)) {
            all.filter(p -> p.toString().endsWith(".css")).forEach(p -> files.add(RESOURCES.relativize(p).toString()
                    .replace('\\', '/')));
        }
        assertEquals(files, listed, "every stylesheet is on the scene's list");
        assertEquals(Theme.stylesheet(), scene.get(0), "the theme names the colours, so it comes first");
    }

    @Test
    void noViewFxmlOrControlBringsAStylesheetOfItsOwn() throws IOException {
        List<String> own = new ArrayList<>();
        try (Stream<Path> all = Files.walk(Path.of("src/main"))) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                String text = name.endsWith(".fxml") || name.endsWith(".java") ? Files.readString(file) : "";
                if (name.endsWith(".fxml") && text.contains("stylesheets=")) {
                    own.add(file + ": a stylesheets attribute");
                }
                if (name.endsWith(".java") && text.contains("String getUserAgentStylesheet()")) {
                    own.add(file + ": getUserAgentStylesheet");
                }
                if (name.endsWith(".java") && text.contains("getStylesheets().add") && !name.endsWith("GuideOnScreen.java")
                        && !name.endsWith("KioskMode.java") && !name.endsWith("Wiring.java")) { // Wiring: the look's warm-up
                    own.add(file + ": adds to a stylesheet list");
                }
            }
        }
        assertEquals(List.of(), own);
    }
}
