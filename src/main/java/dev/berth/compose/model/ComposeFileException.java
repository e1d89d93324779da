package dev.berth.compose.model;

import java.util.List;

/** The files cannot be loaded: each problem names its place; nothing was created. */
public final class ComposeFileException extends Exception {
    private final List<ComposeProblem> problems;

    public ComposeFileException(List<ComposeProblem> problems) {
        super(problems.isEmpty() ? "The compose file is not valid." : problems.get(0).sentence());
        this.problems = List.copyOf(problems);
    }

    public List<ComposeProblem> problems() {
        return problems;
    }
}
