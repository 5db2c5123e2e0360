package org.crampguide.content;

import java.util.Comparator;
import java.util.List;

/**
 * Something wrong in a content pack, located as precisely as the reader could: the file, the line
 * and column (0 when unknown) and, for JSON, the path to the value.
 */
public record Problem(String file, int line, int column, String path, String message, Severity severity) {

    /** The order problems are listed in: by file, then line, then column (a stable sort keeps the rest as found). */
    public static final Comparator<Problem> BY_PLACE = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column);

    /** An error stops the content from being used; a warning (such as a missing translation) does not. */
    public enum Severity { ERROR, WARNING }

    public Problem(String file, int line, int column, String path, String message) {
        this(file, line, column, path, message, Severity.ERROR);
    }

    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    public static Problem warning(String file, String message) {
        return new Problem(file, 0, 0, "", message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The errors among {@code problems}, in their order (warnings left out). */
    public static List<Problem> errorsIn(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** {@code file:line:column: path: message}, the form editors and compilers use. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (severity == Severity.WARNING) {
            text.append("warning: ");
        }
        if (path != null && !path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }
}
