package dev.berth.compose.model;

import java.nio.file.Path;

/**
 * One reason a compose file is refused.
 *
 * @param file    the file, or null when the problem is not in one file (a dependency cycle across files)
 * @param line    1-based, or 0 when unknown
 * @param column  1-based, or 0 when unknown
 * @param keyPath where in the file, e.g. {@code services.web.ports[1]} (list indexes count from 0), or "" for the
 *                whole file
 * @param message a sentence that says what is wrong and, where it can, what would be right
 */
public record ComposeProblem(Path file, int line, int column, String keyPath, String message) {

    /** "compose.yaml:12:7: services.web.ports[1]: message", leaving out the parts that are unknown. */
    public String sentence() {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file.getFileName());
            if (line > 0) {
                text.append(':').append(line);
                if (column > 0) {
                    text.append(':').append(column);
                }
            }
            text.append(": ");
        }
        if (!keyPath.isEmpty()) {
            text.append(keyPath).append(": ");
        }
        return text.append(message).toString();
    }
}
