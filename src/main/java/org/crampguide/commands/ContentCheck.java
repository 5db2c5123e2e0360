package org.crampguide.commands;


import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crampguide.content.ContentPack;
import org.crampguide.content.DirectoryPack;
import org.crampguide.content.Language;
import org.crampguide.content.Problem;
import org.crampguide.library.GuideLibrary;

/** {@code --check-content DIR}: checks a pack the way the app would load it, without a window. */
public final class ContentCheck {
    private ContentCheck() {
    }

    /** Every problem of the pack in {@code folder}, as {@link #run} finds them (a missing folder is one). */
    public static List<Problem> problems(Path folder, ContentPack bundled) {
        List<Problem> problems = new ArrayList<>();
        try {
            GuideLibrary.load(DirectoryPack.over(folder, bundled), problems);
        } catch (DirectoryPack.PackNotFoundException e) {
            problems.add(Problem.inFile(folder.toString(), e.getMessage()));
        }
        return problems;
    }

    /** Prints every problem, one per line, then a summary; returns the exit code (0 usable, 1 not). */
    public static int run(Path folder, ContentPack bundled, PrintWriter out) {
        DirectoryPack pack;
        try {
            pack = DirectoryPack.over(folder, bundled);
        } catch (DirectoryPack.PackNotFoundException e) {
            out.println(e.getMessage());
            return ExitCodes.BAD_CONTENT;
        }
        List<Problem> problems = new ArrayList<>();
        Optional<GuideLibrary> library = GuideLibrary.load(pack, problems);
        problems.forEach(out::println);
        long errors = Problem.errorsIn(problems).size();
        long warnings = problems.size() - errors;
        if (library.isEmpty()) {
            out.println(pack.folder() + ": " + errors + (errors == 1 ? " error" : " errors") + ", " + warnings
                    + (warnings == 1 ? " warning" : " warnings") + "; the app would not start with this pack");
            return ExitCodes.BAD_CONTENT;
        }
        out.println(pack.folder() + ": usable: " + library.get().in(Language.ENGLISH).content().muscles().size()
                + " muscles in " + Language.values().length + " languages"
                + (warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings")));
        return 0;
    }
}
