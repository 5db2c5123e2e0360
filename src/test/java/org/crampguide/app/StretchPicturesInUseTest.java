package org.crampguide.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.crampguide.content.Language;
import org.crampguide.content.Muscle;
import org.crampguide.library.GuideLibrary;
import org.crampguide.library.GuidePack;
import org.crampguide.stretch.StretchPictures;
import org.junit.jupiter.api.Test;

/** Every stretch picture the project draws is shown somewhere, and every picture the guide names is there. */
class StretchPicturesInUseTest {
    @Test
    void everyDrawnPictureIsNamedByTheGuideAndEveryNamedOneIsRead() throws IOException {
        Set<String> drawn = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("assets", "stretches"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".svg"))
                    .forEach(n -> drawn.add(n.substring(0, n.length() - 4)));
        }
        GuideLibrary library = UiTestSupport.bundledLibrary();
        for (Language language : Language.values()) {
            GuidePack pack = library.in(language);
            List<Muscle> muscles = pack.content().muscles();
            assertEquals(drawn, new TreeSet<>(StretchPictures.named(muscles)), language + ": drawn and named pictures");
            for (Muscle muscle : muscles) {
                assertEquals(muscle.stretch().pictures().size(), pack.pictures().of(muscle).size(), muscle.id());
            }
        }
        assertTrue(drawn.size() >= 13, "at least 13 pictures: " + drawn);
        for (String leg : List.of("calves", "hamstrings", "quadriceps", "feet")) {
            assertTrue(library.in(Language.ENGLISH).content().muscle(leg).orElseThrow().stretch().pictures().size() >= 2,
                    leg + " shows a second position");
        }
    }
}
