package org.crampguide.content;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads and checks the guide's content files from a pack. */
public final class ContentLoader {
    public static final String GUIDE_FILE = Language.ENGLISH.guideFile();
    public static final String MUSCLES_FILE = Language.ENGLISH.musclesFile();

    private final JsonContentReader reader = new JsonContentReader();

    /** The English content; see {@link #load(ContentPack, Language, List)}. */
    public Optional<LoadedContent> load(ContentPack pack, List<Problem> problems) {
        return load(pack, Language.ENGLISH, problems);
    }

    /**
     * The content in a language, or empty when anything is wrong; every problem found is added to
     * {@code problems}. A file not translated into the language is read in English, with a warning.
     */
    public Optional<LoadedContent> load(ContentPack pack, Language language, List<Problem> problems) {
        int before = Problem.errorsIn(problems).size();
        Optional<LocatedJson<Guide>> guide = read(pack, language, Language::guideFile, Guide.class, problems);
        Optional<LocatedJson<MuscleList>> muscles = read(pack, language, Language::musclesFile, MuscleList.class, problems);
        ContentValidator validator = new ContentValidator(problems);
        Set<String> sources = guide.map(validator::checkGuide).orElse(null);
        muscles.ifPresent(m -> validator.checkMuscles(m, sources == null ? Set.of() : sources, sources != null));
        if (Problem.errorsIn(problems).size() > before || guide.isEmpty() || muscles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LoadedContent(new GuideContent(guide.get().value(), muscles.get().value().muscles()),
                muscles.get()));
    }


    private <T> Optional<LocatedJson<T>> read(ContentPack pack, Language language,
            Function<Language, String> fileOf, Class<T> type, List<Problem> problems) {
        String path = fileOf.apply(language);
        try {
            Optional<byte[]> bytes = pack.read(path);
            if (bytes.isEmpty() && language != Language.ENGLISH) {
                String english = fileOf.apply(Language.ENGLISH);
                problems.add(Problem.warning(pack.displayName(path), "not translated into "
                        + language.nativeName() + "; the English " + english + " is shown instead"));
                path = english;
                bytes = pack.read(path);
            }
            if (bytes.isEmpty()) {
                problems.add(Problem.inFile(pack.displayName(path), "file not found"));
                return Optional.empty();
            }
            return reader.read(pack.displayName(path), bytes.get(), type, problems);
        } catch (IOException e) {
            problems.add(Problem.inFile(pack.displayName(path), "cannot be read: " + e.getMessage()));
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
