package dev.berth.events;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.DockerEngineGateway;
import dev.berth.daemon.EngineEndpoint;
import dev.berth.testing.NoNavigation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * An events view model over a real gateway, with one thread of its own standing in for the FX thread (the model is
 * read on it too), for the engine tests of the feed.
 */
final class FeedHarness implements AutoCloseable {
    final DockerEngineGateway gateway;
    final EventsViewModel model;
    private final ExecutorService ui = Executors.newSingleThreadExecutor(task -> new Thread(task, "test-ui"));
    private final ExecutorService io = Executors.newSingleThreadExecutor(task -> new Thread(task, "test-io"));

    FeedHarness(EngineEndpoint endpoint, int capacity) {
        gateway = new DockerEngineGateway(() -> endpoint, endpoint);
        model = new EventsViewModel(gateway, ui, io, Clock.systemUTC(), Duration.ofMinutes(2), capacity,
                new NoNavigation());
    }

    /** Opens the feed and connects; returns once the opening replay has been merged. */
    FeedHarness open() {
        onUi(() -> {
            model.open();
            return null;
        });
        gateway.start();
        await().atMost(Duration.ofSeconds(15)).until(() -> gateway.connectionState().isUp());
        await().atMost(Duration.ofSeconds(15)).until(() -> onUi(() -> !model.replayingProperty().get()));
        return this;
    }

    <T> T onUi(Callable<T> read) {
        try {
            return ui.submit(read).get(10, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new AssertionError("Reading the model failed", failed);
        }
    }

    /** The visible rows now, as the table would show them. */
    List<FeedEntry> rows() {
        return onUi(() -> List.copyOf(model.visibleItems()));
    }

    /** The visible events (no gap markers). */
    List<DaemonEvent> events() {
        return rows().stream().filter(FeedEntry.Event.class::isInstance).map(row -> ((FeedEntry.Event) row).event())
                .toList();
    }

    void filterText(String text) {
        onUi(() -> {
            model.textFilterProperty().set(text);
            return null;
        });
    }

    @Override
    public void close() {
        onUi(() -> {
            model.close();
            return null;
        });
        gateway.close();
        ui.shutdownNow();
        io.shutdownNow();
    }
}
