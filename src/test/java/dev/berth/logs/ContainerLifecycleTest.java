package dev.berth.logs;

import dev.berth.testing.FakeEngineGateway;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.berth.testing.FakeEngineGateway.containerEvent;
import static org.assertj.core.api.Assertions.assertThat;

/** What open logs hear from the engine: container starts and removals, and a connection that came back. */
class ContainerLifecycleTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private final List<String> heard = new ArrayList<>();
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final ContainerLifecycle.Listener listener = new ContainerLifecycle.Listener() {
        @Override
        public void containerStarted(String containerId) {
            heard.add("started " + containerId);
        }

        @Override
        public void containerRemoved(String containerId) {
            heard.add("removed " + containerId);
        }

        @Override
        public void engineReconnected() {
            heard.add("reconnected");
        }
    };

    private void runUi() {
        List<Runnable> due = List.copyOf(uiQueue);
        uiQueue.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void startsAndRemovalsReachTheListenerInOneUiHopPerBurstAndOtherEventsNotAtAll() {
        try (ContainerLifecycle lifecycle = new ContainerLifecycle(engine, uiQueue::add, listener)) {
            engine.emit(containerEvent("start", "web"));
            engine.emit(containerEvent("die", "web"));
            engine.emit(containerEvent("destroy", "db"));
            engine.emit(containerEvent("start", "api"));

            assertThat(uiQueue).hasSize(1);
            runUi();
            assertThat(heard).containsExactly("started web", "removed db", "started api");
        }
    }

    @Test
    void aReconnectIsHeardOnlyAfterTheConnectionWasLost() {
        engine.goUp();
        try (ContainerLifecycle lifecycle = new ContainerLifecycle(engine, uiQueue::add, listener)) {
            engine.goUp();
            runUi();
            assertThat(heard).isEmpty();

            engine.goDown();
            engine.goUp();
            runUi();
            assertThat(heard).containsExactly("reconnected");
        }
    }

    @Test
    void nothingIsHeardAfterClose() {
        new ContainerLifecycle(engine, uiQueue::add, listener).close();

        engine.emit(containerEvent("start", "web"));
        engine.goDown();
        engine.goUp();
        runUi();

        assertThat(heard).isEmpty();
    }
}
