package dev.berth.testing;

import dev.berth.ui.dialogs.Confirmation;
import dev.berth.ui.dialogs.Dialogs;
import dev.berth.ui.dialogs.FileRequest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The user, for view-model tests: records every question so a test can assert what was asked and who was named,
 * and answers with what the test scripted, in order. An unscripted question is answered as a user who cancels.
 */
public final class RecordingDialogs implements Dialogs {
    private final List<Confirmation> confirmations = new ArrayList<>();
    private final List<FileRequest> fileRequests = new ArrayList<>();
    private final List<String> folderRequests = new ArrayList<>();
    private final Deque<Function<Confirmation, Optional<Confirmation.Answer>>> answers = new ArrayDeque<>();
    private final Deque<Optional<Path>> picks = new ArrayDeque<>();

    /** The next confirmation is confirmed with its options as offered. */
    public RecordingDialogs sayYes() {
        answers.add(question -> Optional.of(question.asOffered()));
        return this;
    }

    /** The next confirmation is confirmed with exactly these options ticked and every other one cleared. */
    public RecordingDialogs sayYesTicking(String... optionIds) {
        answers.add(question -> {
            Map<String, Boolean> ticked = new HashMap<>();
            question.options().forEach(option -> ticked.put(option.id(), false));
            Arrays.stream(optionIds).forEach(id -> {
                if (!ticked.containsKey(id)) {
                    throw new AssertionError("No option " + id + " was offered in: " + question);
                }
                ticked.put(id, true);
            });
            return Optional.of(new Confirmation.Answer(ticked));
        });
        return this;
    }

    public RecordingDialogs sayNo() {
        answers.add(question -> Optional.empty());
        return this;
    }

    /** The next file or folder question is answered with this path. */
    public RecordingDialogs pick(Path path) {
        picks.add(Optional.of(path));
        return this;
    }

    /** The next file or folder question is cancelled. */
    public RecordingDialogs pickNothing() {
        picks.add(Optional.empty());
        return this;
    }

    @Override
    public Optional<Confirmation.Answer> confirm(Confirmation question) {
        confirmations.add(question);
        Function<Confirmation, Optional<Confirmation.Answer>> answer = answers.poll();
        return answer == null ? Optional.empty() : answer.apply(question);
    }

    @Override
    public Optional<Path> pickFile(FileRequest request) {
        fileRequests.add(request);
        return nextPick();
    }

    @Override
    public Optional<Path> pickSaveLocation(FileRequest request) {
        fileRequests.add(request);
        return nextPick();
    }

    @Override
    public Optional<Path> pickFolder(String title) {
        folderRequests.add(title);
        return nextPick();
    }

    private Optional<Path> nextPick() {
        Optional<Path> next = picks.poll();
        return next == null ? Optional.empty() : next;
    }

    public List<Confirmation> confirmations() {
        return List.copyOf(confirmations);
    }

    /** The only confirmation asked; fails when there was none or more than one. */
    public Confirmation onlyConfirmation() {
        if (confirmations.size() != 1) {
            throw new AssertionError("Expected one confirmation, got " + confirmations);
        }
        return confirmations.get(0);
    }

    public List<FileRequest> fileRequests() {
        return List.copyOf(fileRequests);
    }

    public List<String> folderRequests() {
        return List.copyOf(folderRequests);
    }
}
