package dev.berth.daemon.build;

import dev.berth.daemon.DaemonException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a builder says into {@link BuildLine}s and remembers the step being run, the image made and the error.
 * The classic builder answers JSON items ({@code stream} text cut anywhere, {@code status} for pulls,
 * {@code errorDetail}, {@code aux.ID}); BuildKit through the CLI prints {@code --progress=plain} lines.
 * Not thread-safe: one build's output arrives on one thread.
 */
final class BuildOutputParser {
    private static final Pattern CLASSIC_STEP = Pattern.compile("^Step \\d+/\\d+ : .*");
    private static final Pattern CLASSIC_BUILT = Pattern.compile("^Successfully built ([0-9a-f]{12,64})\\s*$");
    private static final Pattern BUILDKIT_STEP = Pattern.compile("^#\\d+ (\\[[^\\]]*\\d+/\\d+\\] .*)$");
    private static final Pattern BUILDKIT_ERROR = Pattern.compile("^(?:#\\d+ )?(?:ERROR|error)(?::| \\[| failed)\\s*(.*)$");

    private final Consumer<BuildLine> out;
    private final StringBuilder partial = new StringBuilder();
    private String lastStatus;
    private String currentStep;
    private String imageId;
    private String error;

    BuildOutputParser(Consumer<BuildLine> out) {
        this.out = out;
    }

    /** A classic {@code stream} text: it may hold several lines, or end in the middle of one. */
    void stream(String text) {
        partial.append(text);
        int end;
        while ((end = partial.indexOf("\n")) >= 0) {
            String line = partial.substring(0, end);
            partial.delete(0, end + 1);
            classicLine(stripCarriageReturn(line));
        }
    }

    /** A classic {@code status} (pulling a base image); repeats of the same status are not news. */
    void status(String id, String status) {
        String line = id == null || id.isBlank() ? status : id + ": " + status;
        if (status != null && !line.equals(lastStatus)) {
            lastStatus = line;
            out.accept(BuildLine.output(line));
        }
    }

    /** The classic builder's {@code errorDetail.message} (or {@code error}): the build has failed. */
    void error(String message) {
        flush();
        error = message.strip();
        out.accept(BuildLine.error(error));
    }

    /** The classic builder's {@code aux.ID}: the id of the image made (of the target stage). */
    void imageMade(String id) {
        imageId = id;
    }

    /** One line of BuildKit's plain progress. */
    void buildKitLine(String rawLine) {
        String line = stripCarriageReturn(rawLine);
        Matcher step = BUILDKIT_STEP.matcher(line);
        Matcher failed = BUILDKIT_ERROR.matcher(line);
        if (step.matches()) {
            currentStep = step.group(1);
            out.accept(BuildLine.step(line));
        } else if (failed.matches()) {
            error = failed.group(1).isBlank() ? line : failed.group(1);
            out.accept(BuildLine.error(line));
        } else {
            out.accept(BuildLine.output(line));
        }
    }

    /** The end of the output: a last line without its line break is still a line. */
    void flush() {
        if (partial.length() > 0) {
            String line = partial.toString();
            partial.setLength(0);
            classicLine(stripCarriageReturn(line));
        }
    }

    private void classicLine(String line) {
        if (CLASSIC_STEP.matcher(line).matches()) {
            currentStep = line;
            out.accept(BuildLine.step(line));
            return;
        }
        Matcher built = CLASSIC_BUILT.matcher(line);
        if (built.matches() && imageId == null) {
            imageId = built.group(1);
        }
        out.accept(BuildLine.output(line));
    }

    String currentStep() {
        return currentStep;
    }

    String imageId() {
        return imageId;
    }

    String error() {
        return error;
    }

    /** The failure as a sentence that names the failing step, when the builder had started one. */
    DaemonException failure(String otherwise) {
        String said = error != null ? error : otherwise;
        String sentence = currentStep == null ? "The build failed: " + said
                : "The build failed at " + currentStep + " — " + said;
        return new DaemonException(sentence, "Fix that step of the Dockerfile and build again.");
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
