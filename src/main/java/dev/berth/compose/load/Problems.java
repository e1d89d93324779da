package dev.berth.compose.load;

import dev.berth.compose.model.ComposeFileException;
import dev.berth.compose.model.ComposeProblem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem and warning of one load, so the user sees all that is wrong with the files at once rather
 * than one error per attempt.
 */
final class Problems {
    private final List<ComposeProblem> errors = new ArrayList<>();
    private final List<ComposeProblem> warnings = new ArrayList<>();

    void error(Place place, String keyPath, String message) {
        errors.add(problem(place, keyPath, message));
    }

    void warn(Place place, String keyPath, String message) {
        ComposeProblem warning = problem(place, keyPath, message);
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    /** Throws the errors found so far, each once, ordered by file and line. */
    void throwIfAny(List<java.nio.file.Path> fileOrder) throws ComposeFileException {
        if (errors.isEmpty()) {
            return;
        }
        Comparator<ComposeProblem> byFile = Comparator.comparingInt(problem -> {
            int index = fileOrder.indexOf(problem.file());
            return index < 0 ? fileOrder.size() : index;
        });
        List<ComposeProblem> sorted = errors.stream().distinct()
                .sorted(byFile.thenComparingInt(ComposeProblem::line).thenComparingInt(ComposeProblem::column))
                .toList();
        throw new ComposeFileException(sorted);
    }

    List<String> warningSentences() {
        return warnings.stream().map(ComposeProblem::sentence).toList();
    }

    private static ComposeProblem problem(Place place, String keyPath, String message) {
        return place == null
                ? new ComposeProblem(null, 0, 0, keyPath, message)
                : new ComposeProblem(place.file(), place.line(), place.column(), keyPath, message);
    }
}
