package dev.berth.daemon;

import java.time.Instant;

/**
 * Whether Berth can talk to the engine. While {@link Status#DOWN}, {@code problem} says why in a sentence and
 * {@code nextAttempt} says when Berth tries again; while {@link Status#UP}, {@code engine} is filled.
 */
public record ConnectionState(Status status, EngineEndpoint endpoint, EngineInfo engine, String problem,
                              Instant nextAttempt) {

    public enum Status { CONNECTING, UP, DOWN }

    public static ConnectionState connecting(EngineEndpoint endpoint) {
        return new ConnectionState(Status.CONNECTING, endpoint, null, null, null);
    }

    public static ConnectionState up(EngineInfo engine) {
        return new ConnectionState(Status.UP, engine.endpoint(), engine, null, null);
    }

    public static ConnectionState down(EngineEndpoint endpoint, String problem, Instant nextAttempt) {
        return new ConnectionState(Status.DOWN, endpoint, null, problem, nextAttempt);
    }

    public boolean isUp() {
        return status == Status.UP;
    }
}
