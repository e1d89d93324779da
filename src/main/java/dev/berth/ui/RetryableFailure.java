package dev.berth.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A failed call that carries the way to try it again, for code that turns failures into notices without knowing how
 * to repeat the call (a section's {@link LiveRows}): {@link Notice#error(Throwable)} offers the retry, where trying
 * again may work.
 */
public final class RetryableFailure extends CompletionException {
    private final transient Runnable retry;

    private RetryableFailure(Throwable failure, Runnable retry) {
        super(failure);
        this.retry = retry;
    }

    /** The calls {@code call} makes, each failing with its failure and {@code retry}. */
    public static <T> Supplier<CompletableFuture<T>> offering(Supplier<CompletableFuture<T>> call, Runnable retry) {
        return () -> call.get().handle((answer, failure) -> {
            if (failure != null) {
                throw new RetryableFailure(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure, retry);
            }
            return answer;
        });
    }

    Runnable retry() {
        return retry;
    }
}
