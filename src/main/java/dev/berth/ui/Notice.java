package dev.berth.ui;

import dev.berth.daemon.DaemonException;

import java.util.concurrent.CompletionException;

/** Something to tell the user: a sentence and, when there is one, what they can do about it. */
public record Notice(Kind kind, String sentence, String offeredAction) {

    public enum Kind { INFO, ERROR }

    public static Notice error(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof DaemonException daemon) {
            return new Notice(Kind.ERROR, daemon.getMessage(), daemon.offeredAction().orElse(null));
        }
        return new Notice(Kind.ERROR, "Something went wrong: " + cause.getMessage(), null);
    }
}
