package org.crampguide.app;

import java.util.Optional;
import org.crampguide.content.Language;
import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.library.ContentSource;
import org.crampguide.library.GuideLibrary;
import org.crampguide.library.GuidePack;

/** What the command line decided, once: end now with an exit code, or open the window with this guide. */
public sealed interface StartPlan permits StartPlan.Exit, StartPlan.Window {

    /** A one-shot command ran, help was printed or something was wrong (printed already): end with {@code code}. */
    record Exit(int code) implements StartPlan {
    }

    /**
     * Open the guide: its options, the pack it runs on (read and checked), the library it gave, the
     * language it starts in and, for a kiosk, the kiosk's settings.
     */
    record Window(Options options, ContentSource content, GuideLibrary library, Language language,
            Optional<KioskConfig> kiosk) implements StartPlan {
        GuidePack pack() {
            return library.in(language);
        }
    }
}
