package org.crampguide.kiosk;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.crampguide.content.CrampOrTear;
import org.crampguide.content.Item;

/**
 * The cramp-or-tear check in big type, shown on the stretch screen before the stretch itself: the
 * site's call-now signs first, under {@code callTitle} (the emergency group's title, which names the
 * number), then the check.
 */
final class KioskCrampCheck {
    private KioskCrampCheck() {
    }

    static VBox box(CrampOrTear check, String callTitle) {
        VBox callNow = new VBox(label(callTitle, "red-flags-title"));
        callNow.setId("stretch-call-now");
        callNow.getStyleClass().add("stretch-red-flags");
        check.callNow().forEach(sign -> callNow.getChildren().add(label("• " + sign.title(), "red-flag")));
        VBox box = new VBox();
        box.setId("stretch-cramp-or-tear");
        box.getStyleClass().add("stretch-check");
        box.getChildren().addAll(label(check.title(), "stretch-check-title"), label(check.cramp(), "stretch-check-text"));
        addItems(box, check.tearSigns());
        box.getChildren().add(label(check.insteadTitle(), "stretch-check-title"));
        addItems(box, check.instead());
        VBox both = new VBox(callNow, box);
        both.getStyleClass().add("stretch-checks");
        return both;
    }

    private static void addItems(VBox box, List<Item> items) {
        for (Item item : items) {
            String lead = !item.hasTitle() ? "" : item.title().endsWith("?") ? item.title() + " " : item.title() + ": ";
            box.getChildren().add(label("• " + lead + item.text(), "stretch-check-text"));
        }
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
