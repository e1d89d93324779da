package dev.berth.ui.dialogs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * "Go ahead?" before an action: the question, a sentence on what it means, every target by name, the button's
 * label, and options (such as "also remove volumes") that change the action and its `docker …` line.
 *
 * @param sentence    what the action means or why it may fail; empty for none
 * @param action      the confirming button's label, e.g. "Remove"
 * @param destructive whether it deletes something: then the button warns and Enter does not press it
 * @param commandLine the `docker …` line the action equals, for the options as ticked; null for none
 */
public record Confirmation(String question, String sentence, List<String> targets, String action,
                           boolean destructive, List<Option> options, Function<Answer, String> commandLine) {
    public Confirmation {
        Objects.requireNonNull(question);
        Objects.requireNonNull(sentence);
        targets = List.copyOf(targets);
        options = List.copyOf(options);
    }

    /** A destructive action with no options: the usual "Remove this …?". */
    public static Confirmation destructive(String question, List<String> targets, String action, String command) {
        return destructive(question, targets, action, List.of(), answer -> command);
    }

    /** A destructive action whose options change what it does, and so its command line. */
    public static Confirmation destructive(String question, List<String> targets, String action,
                                           List<Option> options, Function<Answer, String> commandLine) {
        return new Confirmation(question, "", targets, action, true, options, commandLine);
    }

    public Confirmation explaining(String why) {
        return new Confirmation(question, why, targets, action, destructive, options, commandLine);
    }

    /** The answer of a user who confirms without touching the options. */
    public Answer asOffered() {
        Map<String, Boolean> ticked = new HashMap<>();
        options.forEach(option -> ticked.put(option.id(), option.ticked()));
        return new Answer(ticked);
    }

    /** The command line for this answer; empty when there is none. */
    public String commandLineFor(Answer answer) {
        return commandLine == null ? "" : commandLine.apply(answer);
    }

    /**
     * A tickable option.
     *
     * @param id     names the option in the {@link Answer} (and the check box, for UI tests)
     * @param ticked whether it starts ticked
     */
    public record Option(String id, String label, boolean ticked) {
    }

    /** A confirmation's options as the user left them. */
    public record Answer(Map<String, Boolean> options) {
        public Answer {
            options = Map.copyOf(options);
        }

        public boolean ticked(String optionId) {
            return options.getOrDefault(optionId, false);
        }
    }
}
