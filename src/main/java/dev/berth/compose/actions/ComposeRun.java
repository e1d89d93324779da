package dev.berth.compose.actions;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One running compose action as its caller sees it: the progress it reports, its cancel, the steps still in flight
 * (pulls, builds, waits) that a cancel closes, and the services that failed, with their reasons.
 */
final class ComposeRun implements ComposeTask {
    private static final Logger log = LoggerFactory.getLogger(ComposeRun.class);

    private final Consumer<ServiceProgress> progress;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final Set<Subscription> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final Map<String, String> notStarted = new LinkedHashMap<>();
    private volatile boolean cancelled;

    ComposeRun(Consumer<ServiceProgress> progress) {
        this.progress = progress;
    }

    @Override
    public CompletableFuture<Void> done() {
        return done;
    }

    @Override
    public void cancel() {
        cancelled = true;
        List.copyOf(inFlight).forEach(Subscription::close);
    }

    boolean isCancelled() {
        return cancelled;
    }

    void report(String service, String subject, ServiceProgress.Step step, String detail) {
        try {
            progress.accept(new ServiceProgress(service, subject, step, detail));
        } catch (RuntimeException bug) {
            log.error("A compose progress listener failed", bug);
        }
    }

    void report(String service, String subject, ServiceProgress.Step step) {
        report(service, subject, step, "");
    }

    /** The next step, unless the run was cancelled: then a future failed with {@link CancellationException}. */
    <T> CompletableFuture<T> step(Supplier<CompletableFuture<T>> next) {
        if (cancelled) {
            return CompletableFuture.failedFuture(new CancellationException("cancelled"));
        }
        try {
            return next.get();
        } catch (RuntimeException failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }

    /** Closes {@code subscription} if the run is cancelled while {@code until} is pending. */
    <T> CompletableFuture<T> closeOnCancel(Subscription subscription, CompletableFuture<T> until) {
        inFlight.add(subscription);
        until.whenComplete((result, failure) -> inFlight.remove(subscription));
        if (cancelled) {
            subscription.close();
        }
        return until;
    }

    /** Cancels {@code wait} (an engine wait, not a change) if the run is cancelled while it is pending. */
    <T> CompletableFuture<T> cancellable(CompletableFuture<T> wait) {
        return closeOnCancel(() -> wait.cancel(false), wait);
    }

    /** The service (or, for "", the network or volume) failed: reported, and remembered for the closing sentence. */
    void fail(String service, String subject, String reason) {
        synchronized (failures) {
            failures.merge(service.isEmpty() ? subject : service, reason, (first, later) -> first);
        }
        report(service, subject, ServiceProgress.Step.FAILED, reason);
    }

    /** The service was not started because {@code dependency} failed. */
    void notStarted(String service, String dependency) {
        synchronized (failures) {
            notStarted.put(service, dependency);
        }
        report(service, service, ServiceProgress.Step.FAILED, "Not started: it depends on " + dependency
                + ", which failed.");
    }

    boolean hasFailed(String service) {
        synchronized (failures) {
            return failures.containsKey(service) || notStarted.containsKey(service);
        }
    }

    /**
     * Completes the run: cancelled, failed with a sentence naming each failed service (and {@code afterFailure}, what
     * was left as it was), or done.
     */
    void finish(String action, String afterFailure) {
        if (cancelled) {
            done.completeExceptionally(new CancellationException("The " + action + " was cancelled; what was done"
                    + " before stays done."));
            return;
        }
        String sentence;
        synchronized (failures) {
            sentence = failureSentence(failures, notStarted);
        }
        if (sentence == null) {
            done.complete(null);
        } else {
            String whole = afterFailure.isEmpty() ? sentence : sentence + " " + afterFailure;
            done.completeExceptionally(new DaemonException(whole,
                    "Fix what the reasons and the logs of the failed services point to, then try again."));
        }
    }

    /**
     * Completes the run at once with a failure that concerns no single service (a network could not be made), and
     * stops the pulls and builds still going, which nothing will use.
     */
    void abort(Throwable failure) {
        boolean wasCancelled = cancelled;
        List.copyOf(inFlight).forEach(Subscription::close);
        done.completeExceptionally(wasCancelled ? new CancellationException("cancelled") : reason(failure));
    }

    boolean hasFailures() {
        synchronized (failures) {
            return !failures.isEmpty();
        }
    }

    static String failureSentence(Map<String, String> failures, Map<String, String> notStarted) {
        if (failures.isEmpty() && notStarted.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        failures.forEach((service, reason) -> parts.add(service + " failed: " + withStop(firstLine(reason))));
        notStarted.forEach((service, dependency) -> parts.add(service + " was not started because it depends on "
                + dependency + "."));
        return String.join(" ", parts);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String withStop(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    /** What a failed future failed with, as a sentence-bearing exception. */
    static RuntimeException reason(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new DaemonException(String.valueOf(cause.getMessage()), null, 0, cause);
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The sentence of a failure, for a progress line. */
    static String message(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    static boolean isCancellation(Throwable failure) {
        return unwrap(failure) instanceof CancellationException;
    }
}
