package dev.berth.daemon;

/** A live stream from the engine (events, logs, stats…). Closing it releases the connection and its thread. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
