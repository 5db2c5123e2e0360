package org.crampguide.stretch;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.crampguide.content.ContentPack;
import org.crampguide.content.Problem;
import org.crampguide.content.SizeLimit;
import org.crampguide.svg.SafeSvg;

/**
 * Reads one stretch picture with the body map's safety rules: UTF-8 only, no DOCTYPE or entities,
 * nothing external fetched, only {@code <path>} elements in the named layers of
 * {@link StretchLayer}, a {@code <title>} for screen readers and a viewBox. Every problem is
 * reported with its file, line and column; nothing is thrown.
 */
public final class StretchArtReader {
    private static final SizeLimit LIMIT = new SizeLimit(512 * 1024, "a stretch picture");

    /** Reads {@code stretches/<id>.svg} from a pack; empty when it is missing or wrong (the problems say why). */
    public Optional<StretchArt> read(ContentPack pack, String id, List<Problem> problems) {
        if (!StretchArt.isValidId(id)) {
            problems.add(Problem.inFile(pack.displayName("stretches/"), "stretch picture id \"" + id
                    + "\" must be lower-case words joined by hyphens, such as \"calves-wall-lean\""));
            return Optional.empty();
        }
        String file = pack.displayName(StretchArt.fileName(id));
        try {
            Optional<byte[]> bytes = pack.read(StretchArt.fileName(id));
            if (bytes.isEmpty()) {
                problems.add(Problem.inFile(file, "file not found: the stretch picture \"" + id + "\" is missing"));
                return Optional.empty();
            }
            return read(file, id, bytes.get(), problems);
        } catch (IOException e) {
            problems.add(Problem.inFile(file, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** Reads the picture {@code id} from the bytes of {@code file} (the name used in messages). */
    public Optional<StretchArt> read(String file, String id, byte[] bytes, List<Problem> problems) {
        StretchSvgHandler handler = new StretchSvgHandler(file);
        return SafeSvg.read(file, bytes, LIMIT, handler, problems) ? Optional.of(handler.art(id)) : Optional.empty();
    }
}
