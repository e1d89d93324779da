package dev.berth.events;

import dev.berth.daemon.DaemonEvent;

import java.time.Instant;
import java.util.Map;

/** Events as the engine sends them, at chosen times, for the tests of this package. */
final class EventsFixtures {
    static final Instant T0 = Instant.parse("2026-12-01T12:03:00Z");

    private EventsFixtures() {
    }

    static DaemonEvent event(String type, String action, String actor, int second, Map<String, String> attributes) {
        Instant time = T0.plusSeconds(second);
        return new DaemonEvent(type, action, actor, attributes, time.getEpochSecond() * 1_000_000_000L
                + time.getNano());
    }

    static DaemonEvent container(String action, String name, int second) {
        return event("container", action, name + "-id", second, Map.of("name", name, "image", "busybox"));
    }

    static DaemonEvent died(String name, int exitCode, int second) {
        return event("container", "die", name + "-id", second, Map.of("name", name, "exitCode",
                String.valueOf(exitCode)));
    }
}
