package dev.berth.daemon.containers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.GatewayFixture;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static dev.berth.testing.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** pause, unpause, kill, rename, top and the raw inspect answer, against the real engine. */
@ExtendWith(EngineRequired.class)
class ContainerControlIT {
    private GatewayFixture fixture;

    @BeforeEach
    void connect() {
        fixture = GatewayFixture.connect();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private DaemonException refusal(Runnable call) {
        Throwable[] caught = new Throwable[1];
        assertThatThrownBy(call::run).cause().isInstanceOf(DaemonException.class)
                .satisfies(failure -> caught[0] = failure);
        return (DaemonException) caught[0];
    }

    @Test
    void pausesUnpausesAndSaysWhenThereIsNothingToDo() {
        String id = fixture.engine.runContainer(TestEngine.uniqueName("pause"));
        ContainerOperations containers = fixture.containers();

        done(containers.pause(id));
        assertThat(fixture.engine.inspect(id).getState().getPaused()).isTrue();
        DaemonException twice = refusal(() -> done(containers.pause(id)));
        assertThat(twice.getMessage()).isEqualTo("Could not pause container " + id + ": Container " + id
                + " is already paused.");
        assertThat(twice.httpStatus()).isEqualTo(409);

        done(containers.unpause(id));
        assertThat(fixture.engine.inspect(id).getState().getPaused()).isFalse();
        assertThat(fixture.engine.isRunning(id)).isTrue();
        assertThat(refusal(() -> done(containers.unpause(id))).getMessage()).endsWith("is not paused.");
    }

    @Test
    void killEndsTheContainerAtOnceAndAStoppedOneOffersToStartIt() {
        // No TERM trap: only SIGKILL ends it without the 10 s grace period of `docker stop`.
        String id = fixture.engine.createContainer(TestEngine.uniqueName("kill"), "sleep", "600");
        fixture.client().startContainerCmd(id).exec();

        done(fixture.containers().kill(id));

        assertThat(fixture.engine.isRunning(id)).isFalse();
        assertThat(fixture.engine.inspect(id).getState().getExitCode()).isEqualTo(137);
        DaemonException again = refusal(() -> done(fixture.containers().kill(id)));
        assertThat(again.getMessage()).contains("is not running");
        assertThat(again.offeredAction()).hasValue("Start it first.");
        assertThat(refusal(() -> done(fixture.containers().pause(id))).offeredAction()).hasValue("Start it first.");
    }

    @Test
    void renamesAndExplainsABadOrTakenName() {
        String name = TestEngine.uniqueName("rename");
        String other = TestEngine.uniqueName("rename-other");
        String id = fixture.engine.createContainer(name, "true");
        fixture.engine.createContainer(other, "true");
        String renamed = name + "-renamed";

        done(fixture.containers().rename(id, renamed));
        assertThat(fixture.engine.inspect(id).getName()).isEqualTo("/" + renamed);

        assertThat(refusal(() -> done(fixture.containers().rename(id, renamed))).offeredAction())
                .hasValue("Choose a different name.");
        assertThat(refusal(() -> done(fixture.containers().rename(id, "bad name"))).offeredAction())
                .hasValue("Use only letters, digits, '_', '.' and '-', starting with a letter or digit.");
        DaemonException taken = refusal(() -> done(fixture.containers().rename(id, other)));
        assertThat(taken.httpStatus()).isEqualTo(409);
        assertThat(taken.offeredAction()).hasValue("Rename or remove the other one first.");
        assertThat(fixture.engine.inspect(id).getName()).isEqualTo("/" + renamed);
    }

    @Test
    void startingAContainerWhoseHostPortAnotherContainerHoldsNamesThatContainer() {
        int hostPort = GatewayFixture.freePort();
        String holder = fixture.containerName("start-holder");
        done(fixture.containers().run(RunSpec.builder(TestEngine.IMAGE).name(holder)
                .command(List.of("httpd", "-f", "-p", "80")).addPort(RunSpec.PortSpec.tcp(hostPort, 80)).build()));
        String name = fixture.containerName("start-clash");
        fixture.client().createContainerCmd(TestEngine.IMAGE).withName(name).withLabels(GatewayFixture.TEST_LABELS)
                .withCmd("httpd", "-f", "-p", "80").withExposedPorts(ExposedPort.tcp(80))
                .withHostConfig(HostConfig.newHostConfig().withPortBindings(
                        new Ports(ExposedPort.tcp(80), Ports.Binding.bindPort(hostPort)))).exec();

        DaemonException refused = refusal(() -> done(fixture.containers().start(name)));

        assertThat(refused.getMessage()).isEqualTo("Port " + hostPort + " on the host is already in use by another"
                + " container (" + holder + ").");
        assertThat(refused.offeredAction()).hasValue("Choose another host port.");
        assertThat(fixture.engine.isRunning(holder)).isTrue();
    }

    @Test
    void topListsTheContainersProcesses() {
        String id = fixture.engine.runContainer(TestEngine.uniqueName("top"));

        ProcessList processes = done(fixture.containers().top(id));

        assertThat(processes.titles()).contains("PID", "CMD");
        int cmd = processes.titles().indexOf("CMD");
        assertThat(processes.rows()).anySatisfy(row -> assertThat(row.get(cmd)).startsWith("sh -c trap"));
        assertThat(processes.rows()).allSatisfy(row -> assertThat(row).hasSameSizeAs(processes.titles()));
    }

    @Test
    void inspectJsonIsTheEnginesAnswerLaidOutLikeTheCli() throws Exception {
        String name = TestEngine.uniqueName("json");
        String id = fixture.engine.runContainer(name);

        String json = done(fixture.containers().inspectJson(name));

        assertThat(json).startsWith("{\n    \"Id\": \"" + id + "\",\n");
        JsonNode answer = new ObjectMapper().readTree(json);
        assertThat(answer.path("Name").asText()).isEqualTo("/" + name);
        assertThat(answer.path("State").path("Running").asBoolean()).isTrue();
        // Fields docker-java does not model are there too: this is the engine's own text.
        assertThat(answer.path("HostConfig").has("CgroupnsMode")).isTrue();
        assertThat(refusal(() -> done(fixture.containers().inspectJson("berth-test-no such/container")))
                .getMessage()).isEqualTo("Could not inspect container berth-test-no such/container: No such container:"
                + " berth-test-no such/container.");
    }

    @Test
    void detailsOfAStoppedContainer() {
        String name = TestEngine.uniqueName("details");
        String id = fixture.engine.createContainer(name, "sh", "-c", "exit 3");
        fixture.client().startContainerCmd(id).exec();
        fixture.client().waitContainerCmd(id).start().awaitStatusCode();

        ContainerDetails details = done(fixture.containers().inspect(name));

        assertThat(details.state()).isEqualTo(ContainerState.EXITED);
        assertThat(details.exitCode()).isEqualTo(3);
        assertThat(details.startedAt()).isNotNull();
        assertThat(details.finishedAt()).isNotNull(); // not always after startedAt: the engine stamps them apart
        assertThat(details.health()).isEmpty();
        assertThat(details.command()).isEqualTo(List.of("sh", "-c", "exit 3"));
        assertThat(details.runSpec()).isEqualTo(RunSpec.builder(TestEngine.IMAGE).name(name)
                .command(List.of("sh", "-c", "exit 3")).build());
    }
}
