package dev.berth.daemon;

import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.berth.testing.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The gateway against the real engine started by scripts/test-engine.sh. */
@ExtendWith(EngineRequired.class)
class DockerEngineGatewayIT {
    private static TestEngine engine;
    private DockerEngineGateway gateway;

    @BeforeAll
    static void engineIsThere() {
        engine = TestEngine.connect();
    }

    @AfterAll
    static void closeEngine() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    @AfterEach
    void cleanUp() {
        if (gateway != null) {
            gateway.close();
        }
        engine.removeCreated();
    }

    private DockerEngineGateway connectedGateway() {
        gateway = new DockerEngineGateway(TestEngine::endpoint, TestEngine.endpoint());
        gateway.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.connectionState().isUp());
        return gateway;
    }

    @Test
    void connectsAndPinsTheHighestApiVersionBothSidesSpeak() {
        connectedGateway();
        var version = engine.client().versionCmd().exec();
        String expected = ApiVersions.compare(version.getApiVersion(), ApiVersions.CLIENT_MAX) < 0
                ? version.getApiVersion() : ApiVersions.CLIENT_MAX;

        EngineInfo info = gateway.connectionState().engine();
        assertThat(info.apiVersion()).isEqualTo(expected);
        assertThat(info.engineVersion()).isEqualTo(version.getVersion());
        assertThat(info.endpoint().host()).isEqualTo(TestEngine.HOST);
    }

    @Test
    void listsRunningAndStoppedContainersWithTheirDetails() {
        String runningName = TestEngine.uniqueName("running");
        String createdName = TestEngine.uniqueName("created");
        String running = engine.runContainer(runningName);
        String created = engine.createContainer(createdName, "true");

        List<ContainerSummary> all = done(connectedGateway().containers().list());

        ContainerSummary up = all.stream().filter(c -> c.id().equals(running)).findFirst().orElseThrow();
        assertThat(up.name()).isEqualTo(runningName);
        assertThat(up.state()).isEqualTo(ContainerState.RUNNING);
        assertThat(up.status()).startsWith("Up");
        assertThat(up.image()).isEqualTo(TestEngine.IMAGE);
        assertThat(up.labels()).containsEntry(TestEngine.TEST_LABEL, "true");
        ContainerSummary idle = all.stream().filter(c -> c.id().equals(created)).findFirst().orElseThrow();
        assertThat(idle.state()).isEqualTo(ContainerState.CREATED);
        assertThat(idle.name()).isEqualTo(createdName);
    }

    @Test
    void startsStopsRestartsAndRemovesAContainer() {
        String id = engine.createContainer(TestEngine.uniqueName("lifecycle"), TestEngine.IDLE);
        ContainerOperations containers = connectedGateway().containers();

        done(containers.start(id));
        assertThat(engine.isRunning(id)).isTrue();
        String firstStart = engine.inspect(id).getState().getStartedAt();

        done(containers.stop(id));
        assertThat(engine.isRunning(id)).isFalse();
        done(containers.stop(id)); // stopping a stopped container succeeds, as `docker stop` does

        done(containers.restart(id));
        assertThat(engine.isRunning(id)).isTrue();
        assertThat(engine.inspect(id).getState().getStartedAt()).isNotEqualTo(firstStart);

        done(containers.remove(id, true, true));
        assertThat(engine.exists(id)).isFalse();
    }

    @Test
    void engineRefusalsBecomeSentencesWithAnOfferedAction() {
        ContainerOperations containers = connectedGateway().containers();
        assertThatThrownBy(() -> done(containers.stop("berth-test-no-such-container")))
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(DaemonException.class)
                .hasMessageContaining("No such container").hasMessageContaining("stop container");

        String running = engine.runContainer(TestEngine.uniqueName("busy"));
        assertThatThrownBy(() -> done(containers.remove(running, false, false)))
                .cause().isInstanceOfSatisfying(DaemonException.class, refused -> {
                    assertThat(refused.httpStatus()).isEqualTo(409);
                    assertThat(refused.offeredAction()).hasValue("Stop it first, or remove it with force.");
                });
        assertThat(engine.exists(running)).isTrue();
    }

    @Test
    void theEventStreamSeesAContainersWholeLife() {
        List<DaemonEvent> seen = new CopyOnWriteArrayList<>();
        connectedGateway().subscribeEvents(seen::add);

        String id = engine.createContainer(TestEngine.uniqueName("events"), TestEngine.IDLE);
        engine.client().startContainerCmd(id).exec();
        engine.client().stopContainerCmd(id).withTimeout(5).exec();
        engine.removeQuietly(id);

        await().atMost(Duration.ofSeconds(10)).until(() -> actionsFor(seen, id).contains("destroy"));
        assertThat(actionsFor(seen, id)).containsSubsequence("create", "start", "die", "destroy");
    }

    private static List<String> actionsFor(List<DaemonEvent> events, String id) {
        return events.stream().filter(e -> e.isAbout("container") && e.actorId().equals(id))
                .map(DaemonEvent::action).toList();
    }

    @Test
    void anUnreachableEngineIsReportedDownInASentenceAndRetried() {
        EngineEndpoint nowhere = new EngineEndpoint("tcp://127.0.0.1:9", "test", null);
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        gateway = new DockerEngineGateway(() -> nowhere, nowhere);
        gateway.onConnectionChange(states::add);
        gateway.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> states.stream()
                .filter(s -> s.status() == ConnectionState.Status.DOWN).count() >= 2);
        ConnectionState down = gateway.connectionState();
        assertThat(down.problem()).isEqualTo("No Docker engine answered at tcp://127.0.0.1:9 (test).");
        assertThat(down.nextAttempt()).isNotNull();
        assertThatThrownBy(() -> done(gateway.containers().list())).cause()
                .isInstanceOf(DaemonException.class).hasMessageContaining("not connected");
    }
}
