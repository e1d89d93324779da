package dev.berth.ui.concurrent;

import java.util.concurrent.CompletableFuture;

/**
 * Work that waits until the window's first list has its answer, so that the list the user looks at gets the engine
 * and the processor to itself while Berth starts; once open, work runs at once. Safe to use from any thread.
 */
public final class StartGate {
    private final CompletableFuture<Void> opened = new CompletableFuture<>();

    /** A gate that is open already: for view models that start on their own, and for tests. */
    public static StartGate alreadyOpen() {
        StartGate gate = new StartGate();
        gate.open();
        return gate;
    }

    /** Runs what waits, on this thread; later calls do nothing. */
    public void open() {
        opened.complete(null);
    }

    /** Runs {@code work} now if the gate is open, else on the thread that opens it. */
    public void whenOpen(Runnable work) {
        opened.thenRun(work);
    }
}
