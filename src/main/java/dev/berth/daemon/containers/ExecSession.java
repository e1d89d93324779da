package dev.berth.daemon.containers;

import dev.berth.daemon.Subscription;
import java.util.concurrent.CompletableFuture;

/** A running {@code docker exec}: keys go in, the process's output comes out through the callback it was opened with. */
public interface ExecSession extends Subscription {

    /** Sends bytes to the process's stdin (keys as the terminal would send them: "\r", "\u0003", "\u001b[A"…). */
    void send(byte[] input);

    /** Tells the process's TTY its new size, as a terminal does when its window is resized. */
    void resize(int columns, int rows);

    /** Completes with the process's exit code when it ends (also after {@link #close()}). */
    CompletableFuture<Integer> exitCode();
}
