package dev.berth.logs;

import dev.berth.daemon.Subscription;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.logs.LogBatch;
import dev.berth.daemon.logs.LogLine;
import dev.berth.daemon.logs.LogRequest;
import dev.berth.ui.concurrent.UiBatcher;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One open log stream. Batches arrive on the gateway's thread and are queued; a single hop onto {@code ui} drains
 * everything that has arrived since the previous hop and hands it over together (the batches as they came, not
 * copied into one), so a flood of lines costs a few hops per frame, never one per line. The end of the stream is
 * handed over after the last lines. Nothing is handed over after {@link #close()}. In a combined log each line gets
 * its container's prefix on the stream's thread, so the UI thread appends the lines as they come.
 */
final class LogFeed implements AutoCloseable {
    private final Consumer<List<List<LogLine>>> onBatches;
    private final byte[] prefix;
    private final UiBatcher<List<LogLine>> toUi;
    private volatile boolean closed;
    private final Subscription subscription;

    /** @param prefix what each line starts with (UTF-8), or null for lines as the container wrote them */
    LogFeed(ContainerOperations containers, String containerId, LogRequest request, byte[] prefix, Executor ui,
            Consumer<List<List<LogLine>>> onBatches, Consumer<Throwable> onEnd) {
        this.onBatches = onBatches;
        this.prefix = prefix;
        this.toUi = new UiBatcher<>(ui, this::deliver);
        this.subscription = containers.logs(containerId, request, this::arrived, failure -> {
            if (!closed) {
                ui.execute(() -> {
                    toUi.flush();
                    if (!closed) {
                        close(); // the stream is over; let go of it all the same
                        onEnd.accept(failure);
                    }
                });
            }
        });
        if (closed) { // it ended while being opened
            subscription.close();
        }
    }

    private void arrived(List<LogLine> lines) {
        if (!closed && !lines.isEmpty()) {
            toUi.add(prefix == null ? lines : LogBatch.prefixed(lines, prefix));
        }
    }

    /** The gateway's batches that piled up before the UI thread came round, in order, as they came (encoded). */
    private void deliver(List<List<LogLine>> batches) {
        if (!closed) {
            onBatches.accept(batches);
        }
    }

    @Override
    public void close() {
        closed = true;
        if (subscription != null) { // null when the gateway ended the stream while it was being opened
            subscription.close();
        }
    }
}
