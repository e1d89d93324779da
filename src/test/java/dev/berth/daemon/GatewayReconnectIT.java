package dev.berth.daemon;

import dev.berth.containers.ContainerRow;
import dev.berth.containers.ContainersViewModel;
import dev.berth.testing.EngineProxy;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.RecordingDialogs;
import dev.berth.testing.TestEngine;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.TabContext;
import dev.berth.ui.concurrent.Scheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The engine goes away under a connected gateway (its connections are cut by a proxy) and comes back: the state goes
 * down and up, the list is read again, and the events of the gap are replayed once.
 */
@ExtendWith(EngineRequired.class)
class GatewayReconnectIT {
    private TestEngine engine;
    private EngineProxy proxy;
    private DockerEngineGateway gateway;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void startProxy() throws Exception {
        engine = TestEngine.connect();
        proxy = new EngineProxy(Path.of(URI.create(TestEngine.HOST).getPath()));
        proxy.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        timer.shutdownNow();
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aBrokenEventStreamTakesTheConnectionDownAndBackWithTheListReadAgain() throws Exception {
        EngineEndpoint viaProxy = new EngineEndpoint(proxy.host(), "test proxy", null);
        gateway = new DockerEngineGateway(() -> viaProxy, viaProxy);
        List<ConnectionState.Status> states = new CopyOnWriteArrayList<>();
        gateway.onConnectionChange(state -> states.add(state.status()));
        List<DaemonEvent> events = new CopyOnWriteArrayList<>();
        gateway.subscribeEvents(events::add);
        ContainersViewModel containers = new ContainersViewModel(gateway, new TabContext(Runnable::run,
                Scheduler.on(timer), new CommandEcho(), new RecordingDialogs()));
        gateway.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.connectionState().isUp()
                && containers.rows().loadedProperty().get());
        String before = engine.runContainer(TestEngine.uniqueName("before"));
        await().atMost(Duration.ofSeconds(10)).until(() -> hasRow(containers, before));

        proxy.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.connectionState().status()
                == ConnectionState.Status.DOWN);
        String during = engine.createContainer(TestEngine.uniqueName("during"), "true");
        proxy.start();

        await().atMost(Duration.ofSeconds(15)).until(() -> gateway.connectionState().isUp());
        await().atMost(Duration.ofSeconds(10)).until(() -> hasRow(containers, during));
        assertThat(states).containsSubsequence(ConnectionState.Status.UP, ConnectionState.Status.DOWN,
                ConnectionState.Status.UP);
        await().atMost(Duration.ofSeconds(10)).until(() -> count(events, during, "create") == 1);
        assertThat(count(events, before, "start")).isEqualTo(1);
        containers.close();
    }

    private static boolean hasRow(ContainersViewModel containers, String id) {
        return containers.rows().all().stream().map(ContainerRow::id).anyMatch(id::equals);
    }

    private static long count(List<DaemonEvent> events, String id, String action) {
        return events.stream().filter(e -> e.actorId().equals(id) && e.action().equals(action)).count();
    }
}
