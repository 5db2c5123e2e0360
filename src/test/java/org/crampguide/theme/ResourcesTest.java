package org.crampguide.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResourcesTest {

    @Test
    void aMissingStylesheetFailsAtOnceNamingItsPath() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Resources.stylesheet(Theme.class, "no-such.css"));
        assertEquals("missing resource org/crampguide/theme/no-such.css", e.getMessage());
    }

    @Test
    void anAbsoluteNameIsNamedAsGiven() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Resources.url(Theme.class, "/org/crampguide/app/missing.fxml"));
        assertEquals("missing resource org/crampguide/app/missing.fxml", e.getMessage());
    }

    @Test
    void theThemeIsFound() {
        assertTrue(Theme.stylesheet().endsWith("org/crampguide/theme/theme.css"), Theme.stylesheet());
    }
}
