package org.crampguide.kiosk;

import org.crampguide.theme.Draws;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.crampguide.content.Language;

/**
 * An on-screen keyboard for the search field, for touch screens with no keyboard attached. It
 * opens when the field is tapped, types into it, and closes with its Done key or a tap elsewhere.
 * Its keys never take the focus, so the field keeps its caret while the keys are tapped.
 */
@Draws
public final class TouchKeyboard extends VBox {
    /** Letter rows per language; a language without its own rows uses the English ones. */
    private static final Map<Language, List<String>> ROWS = Map.of(
            Language.ENGLISH, List.of("qwertyuiop", "asdfghjkl", "zxcvbnm"),
            Language.RUSSIAN, List.of("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё"));

    private TextInputControl field;

    public TouchKeyboard() {
        getStyleClass().add("touch-keyboard");
        setId("touch-keyboard");
        setVisible(false);
        setManaged(false);
    }

    /** Lays the keys out for a language, with the Space, Delete and Done keys named in its words. */
    void layOut(Language language, ResourceBundle words) {
        Locale locale = language.locale();
        getChildren().clear();
        List<String> rows = ROWS.getOrDefault(language, ROWS.get(Language.ENGLISH));
        for (int r = 0; r < rows.size(); r++) {
            HBox row = new HBox();
            row.getStyleClass().add("keyboard-row");
            rows.get(r).codePoints().mapToObj(Character::toString)
                    .forEach(letter -> row.getChildren().add(key(letter.toUpperCase(locale), "key-" + letter, () -> type(letter))));
            if (r == rows.size() - 1) {
                Button delete = key("⌫", "key-delete", this::deleteOne);
                delete.setAccessibleText(words.getString("kiosk.keyboard.delete"));
                delete.getStyleClass().add("wide-key");
                row.getChildren().add(delete);
            }
            getChildren().add(row);
        }
        HBox last = new HBox();
        last.getStyleClass().add("keyboard-row");
        Button space = key(words.getString("kiosk.keyboard.space"), "key-space", () -> type(" "));
        space.getStyleClass().add("space-key");
        Button done = key(words.getString("kiosk.done"), "key-done", this::close);
        done.getStyleClass().add("done-key");
        last.getChildren().addAll(space, done);
        getChildren().add(last);
    }

    /** Opens the keyboard for a field (a tap on it). */
    void open(TextInputControl target) {
        field = target;
        setManaged(true);
        setVisible(true);
    }

    /** Closes the keyboard; the field keeps what was typed. */
    void close() {
        field = null;
        setVisible(false);
        setManaged(false);
    }

    /** Whether a tap on {@code node} belongs to the keyboard itself. */
    boolean contains(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    private Button key(String label, String id, Runnable action) {
        Button key = new Button(label);
        key.setId(id);
        key.getStyleClass().add("keyboard-key");
        key.setFocusTraversable(false); // a tap on a key leaves the focus, and the caret, in the field
        key.setOnAction(e -> action.run());
        return key;
    }

    private void type(String text) {
        if (field != null) {
            field.replaceSelection(text);
        }
    }

    private void deleteOne() {
        if (field != null) {
            field.deletePreviousChar(); // or the selection, if there is one
        }
    }
}
