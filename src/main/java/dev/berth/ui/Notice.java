package dev.berth.ui;

import dev.berth.daemon.DaemonException;

import java.util.concurrent.CompletionException;

/**
 * Something to tell the user: a sentence and, when there is one, what they can do about it, and a {@link Retry}
 * where trying again may work.
 */
public record Notice(Kind kind, String sentence, String offeredAction, Retry retry) {

    public enum Kind { INFO, ERROR }

    public Notice(Kind kind, String sentence, String offeredAction) {
        this(kind, sentence, offeredAction, null);
    }

    /** A failure's sentence; with a retry if the failure carries one ({@link RetryableFailure}). */
    public static Notice error(Throwable failure) {
        if (failure instanceof RetryableFailure retryable) {
            return error(retryable.getCause(), retryable.retry());
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof DaemonException daemon) {
            return new Notice(Kind.ERROR, daemon.getMessage(), daemon.offeredAction().orElse(null));
        }
        return new Notice(Kind.ERROR, "Something went wrong: " + cause.getMessage(), null);
    }

    /**
     * A failure's sentence, offering {@code retry} if the same call may work a moment later (the engine failed, did
     * not answer in time or could not be reached); a refusal that would only be repeated offers none.
     */
    public static Notice error(Throwable failure, Runnable retry) {
        Notice notice = error(failure);
        return mayWorkLater(failure) ? notice.withRetry(Retry.of(retry)) : notice;
    }

    public Notice withRetry(Retry offered) {
        return new Notice(kind, sentence, offeredAction, offered);
    }

    private static boolean mayWorkLater(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DaemonException daemon) {
                return daemon.mayWorkLater();
            }
        }
        return false;
    }
}
