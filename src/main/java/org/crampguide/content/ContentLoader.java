package org.crampguide.content;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and checks the guide's content files from a pack. */
public final class ContentLoader {
    public static final String GUIDE_FILE = "content/en/guide.json";
    public static final String MUSCLES_FILE = "content/en/muscles.json";

    private final JsonContentReader reader = new JsonContentReader();

    /**
     * The content, or empty when anything is wrong; every problem found is added to
     * {@code problems}.
     */
    public Optional<LoadedContent> load(ContentPack pack, List<Problem> problems) {
        int before = problems.size();
        Optional<LocatedJson<Guide>> guide = read(pack, GUIDE_FILE, Guide.class, problems);
        Optional<LocatedJson<MuscleList>> muscles = read(pack, MUSCLES_FILE, MuscleList.class, problems);
        ContentValidator validator = new ContentValidator(problems);
        Set<String> sources = guide.map(validator::checkGuide).orElse(null);
        muscles.ifPresent(m -> validator.checkMuscles(m, sources == null ? Set.of() : sources, sources != null));
        if (problems.size() > before || guide.isEmpty() || muscles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LoadedContent(new GuideContent(guide.get().value(), muscles.get().value().muscles()),
                muscles.get()));
    }

    private <T> Optional<LocatedJson<T>> read(ContentPack pack, String path, Class<T> type, List<Problem> problems) {
        String file = pack.displayName(path);
        try {
            Optional<byte[]> bytes = pack.read(path);
            if (bytes.isEmpty()) {
                problems.add(Problem.inFile(file, "file not found"));
                return Optional.empty();
            }
            return reader.read(file, bytes.get(), type, problems);
        } catch (IOException e) {
            problems.add(Problem.inFile(file, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** Checked content, plus where each muscle stands in its file (for problems found later). */
    public record LoadedContent(GuideContent content, LocatedJson<MuscleList> musclesFile) {

        /** A problem about one muscle, located at its id in the muscles file. */
        public Problem problemAtMuscle(String muscleId, String message) {
            List<Muscle> muscles = content.muscles();
            for (int i = 0; i < muscles.size(); i++) {
                if (muscles.get(i).id().equals(muscleId)) {
                    return musclesFile.problem("/muscles/" + i + "/id", message);
                }
            }
            return Problem.inFile(musclesFile.file(), message);
        }
    }
}
