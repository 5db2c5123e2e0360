package org.crampguide.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The controls' stylesheet as the build writes it: Primer Light without the controls the guide never shows. */
class ControlLookTest {
    /** The controls (JavaFX's, ControlsFX's and AtlantaFX's) whose style families the build leaves out. */
    private static final Pattern LEFT_OUT_CONTROL = Pattern.compile("\\b(Accordion|Alert|BBCodeParser|Breadcrumbs"
            + "|Calendar|Card|CheckBox|ChoiceBox|ColorPicker|ComboBox|DatePicker|DeckPane|Dialog|DialogPane|HTMLEditor"
            + "|InlineDatePicker|InputGroup|MenuBar|MenuButton|Message|ModalBox|ModalPane|Notification"
            + "|Pagination|Popover|PopOver|ProgressBar|ProgressIndicator|RadioButton|RingProgressIndicator|Slider"
            + "|Spinner|SplitMenuButton|SplitPane|Tab|TabPane|Tile|ToggleSwitch|ToolBar|TreeTableView|TreeView)\\b");
    private static final Pattern CONTROL_USE = Pattern.compile(
            "(?:\\b(?:javafx\\.scene\\.(?:control|web)|atlantafx\\.base\\.controls|org\\.controlsfx\\.control)\\.|"
                    + "<\\??(?:import\\s+[\\w.]+\\.)?)(\\w+)");

    private static Stylesheet built() throws IOException {
        URL url = ControlLook.class.getResource(ControlLook.FILE);
        assertTrue(url != null, "the build writes " + ControlLook.FILE + " beside ControlLook (process-classes)");
        assertEquals(url.toExternalForm(), ControlLook.stylesheet(), "the app takes the trimmed stylesheet");
        return Stylesheet.loadBinary(url);
    }

    private static List<String> selectors(Stylesheet stylesheet) {
        List<String> all = new ArrayList<>();
        for (Rule rule : stylesheet.getRules()) {
            for (Selector selector : rule.getSelectors()) {
                all.add(selector.toString());
            }
        }
        return all;
    }

    @Test
    void theBuiltStylesheetKeepsTheControlsInUseAndNoLeftOutFamily() throws IOException {
        Stylesheet built = built();
        String trimmed = ControlLookBuild.trim(ControlLookBuild.primerLight());
        int rules = trimmed.split("\\{", -1).length - 1;
        assertEquals(rules, built.getRules().size(), "the build wrote the trimmed rules");
        assertTrue(rules > 350 && rules < 700, "about 430 of Primer Light's 1,013 rules: " + rules);
        List<String> selectors = selectors(built);
        for (String inUse : List.of(".root", ".button", ".label", ".toggle-button", ".scroll-bar", ".scroll-pane",
                ".text-field", ".titled-pane", ".tooltip", ".table-view", ".chart", ".context-menu", ".menu-item")) {
            assertTrue(selectors.stream().anyMatch(s -> s.contains(inUse)), "the rules for " + inUse + " are kept");
        }
        List<String> leftIn = selectors.stream().filter(ControlLookBuild::leftOut).toList();
        assertEquals(List.of(), leftIn, "no selector of a left-out family");
    }

    @Test
    void aSelectorListKeepsTheSelectorsOfControlsInUse() {
        assertEquals(".button:hover {-fx-cursor: hand;}\n",
                ControlLookBuild.trim("/* hover */ .button:hover, .slider .thumb:hover {-fx-cursor: hand;}"));
        assertEquals("", ControlLookBuild.trim(".html-editor-bold, .tab-pane > .tab-header-area { -fx-padding: 0; }"));
        assertFalse(ControlLookBuild.leftOut(".table-view .column-header"), "table is not tab");
        assertFalse(ControlLookBuild.leftOut(".title-1"), "title is not tile");
    }

    @Test
    void aStylesheetThatIsNotPlainRulesStopsTheBuildWithWhereItIs() {
        IllegalStateException nested = assertThrows(IllegalStateException.class,
                () -> ControlLookBuild.trim(".a { .b { -fx-padding: 0; } }"));
        assertTrue(nested.getMessage().startsWith("not a plain rule at character 0"), nested.getMessage());
        IllegalStateException atRule = assertThrows(IllegalStateException.class,
                () -> ControlLookBuild.trim(".a {}\n@font-face { src: url(x.ttf); }"));
        assertTrue(atRule.getMessage().contains("@font-face"), atRule.getMessage());
        IllegalStateException open = assertThrows(IllegalStateException.class, () -> ControlLookBuild.trim(".a { x: y;"));
        assertTrue(open.getMessage().contains("not a plain rule"), open.getMessage());
    }

    @Test
    void noScreenOfTheGuideUsesAControlWhoseRulesAreLeftOut() throws IOException {
        Set<String> uses = new TreeSet<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(Path.of("src/main"))) {
            for (Path file : all.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml")).toList()) {
                files++;
                Matcher use = CONTROL_USE.matcher(Files.readString(file));
                while (use.find()) {
                    if (LEFT_OUT_CONTROL.matcher(use.group(1)).matches()) {
                        uses.add(file + ": " + use.group(1));
                    }
                }
            }
        }
        assertTrue(files > 100, "the sources were read: " + files);
        assertEquals(Set.of(), uses, "a control whose rules the build leaves out (ControlLookBuild.LEFT_OUT)");
    }
}
