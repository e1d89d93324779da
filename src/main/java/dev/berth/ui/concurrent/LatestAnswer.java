package dev.berth.ui.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Only the latest answer counts: of the requests {@link #submit submitted} for one thing (the list of a tab, the
 * details of the selected object), an answer is handed on, on {@code ui}, unless a newer request has already been
 * answered; an answer that arrives after a newer one is dropped, and so is its failure. When the thing asked about
 * changes (another object is selected), {@link #supersede} drops every answer still on its way.
 * <p>
 * {@link #submit} may be called from any thread; {@link #supersede} and the callbacks run on {@code ui}.
 *
 * @param <T> what one answer is
 */
public final class LatestAnswer<T> {
    private final Executor ui;
    private final Consumer<? super T> onAnswer;
    private final Consumer<Throwable> onFailure;
    private final AtomicLong requests = new AtomicLong();
    /** The newest request whose answer was handed on or that was superseded; older answers are dropped. */
    private long settled;

    /** @param onFailure told when the newest request failed */
    public LatestAnswer(Executor ui, Consumer<? super T> onAnswer, Consumer<Throwable> onFailure) {
        this.ui = ui;
        this.onAnswer = onAnswer;
        this.onFailure = onFailure;
    }

    /**
     * Hands on {@code call}'s answer or failure, on {@code ui}, unless a newer request was answered first.
     *
     * @return done once the answer was handed on or dropped; it never fails
     */
    public CompletableFuture<Void> submit(CompletableFuture<? extends T> call) {
        long request = requests.incrementAndGet();
        return call.handleAsync((answer, failure) -> {
            if (request > settled) {
                settled = request;
                if (failure != null) {
                    onFailure.accept(failure);
                } else {
                    onAnswer.accept(answer);
                }
            }
            return null;
        }, ui);
    }

    /** Drops the answers to every request submitted so far: the question they answer is no longer asked. */
    public void supersede() {
        settled = requests.get();
    }
}
