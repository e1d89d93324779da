package dev.berth.daemon.system;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import dev.berth.daemon.GatewayFixture;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.berth.testing.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prune plan and its execution against the real, shared engine. Every object carries a label unique to this run,
 * and only candidates with that label are ever ticked: the preview must list them, and exactly the ticked ones go.
 */
@ExtendWith(EngineRequired.class)
class PruneGatewayIT {
    private static final String RUN_LABEL = "dev.berth.test.run";
    private final String run = UUID.randomUUID().toString();
    private final Map<String, String> labels = Map.of(TestEngine.TEST_LABEL, "true", RUN_LABEL, run);
    private final List<String> containers = new ArrayList<>();
    private final List<String> networks = new ArrayList<>();
    private final List<String> volumes = new ArrayList<>();
    private final List<String> images = new ArrayList<>();
    private GatewayFixture fixture;

    @BeforeEach
    void connect() {
        fixture = GatewayFixture.connect();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (fixture == null) {
            return; // the set-up stopped before the engine: nothing was made
        }
        DockerClient client = fixture.client();
        containers.forEach(fixture.engine::removeQuietly);
        for (String network : networks) {
            quietly(() -> client.removeNetworkCmd(network).exec());
        }
        for (String volume : volumes) {
            quietly(() -> client.removeVolumeCmd(volume).exec());
        }
        for (String image : images) {
            quietly(() -> client.removeImageCmd(image).withForce(true).exec());
        }
        fixture.close();
    }

    private static void quietly(Runnable removal) {
        try {
            removal.run();
        } catch (NotFoundException gone) {
            // removed by the prune under test
        }
    }

    private String container(String prefix, boolean start, HostConfig host) {
        String id = fixture.client().createContainerCmd(TestEngine.IMAGE).withName(TestEngine.uniqueName(prefix))
                .withLabels(labels).withCmd(TestEngine.IDLE).withHostConfig(host).exec().getId();
        containers.add(id);
        if (start) {
            fixture.client().startContainerCmd(id).exec();
        }
        return id;
    }

    private String network(String prefix) {
        String name = TestEngine.uniqueName(prefix);
        fixture.client().createNetworkCmd().withName(name).withDriver("bridge").withLabels(labels).exec();
        networks.add(name);
        return name;
    }

    private String volume(String prefix) {
        String name = TestEngine.uniqueName(prefix);
        fixture.client().createVolumeCmd().withName(name).withLabels(labels).exec();
        volumes.add(name);
        return name;
    }

    /** Commits a container twice under one tag: the first image loses its tag and dangles. */
    private String danglingImage() {
        String source = container("commit", false, HostConfig.newHostConfig());
        String repository = "berth-test/prune-" + run.substring(0, 8);
        images.add(repository + ":t");
        String first = fixture.client().commitCmd(source).withRepository(repository).withTag("t").withLabels(labels)
                .withMessage("first").exec();
        images.add(first);
        String second = fixture.client().commitCmd(source).withRepository(repository).withTag("t")
                .withLabels(labels).withMessage("second").withCmd("echo", "second").exec();
        // A second repository: the engine refuses to remove such an image by id, so each tag must go.
        fixture.client().tagImageCmd(second, repository + "-copy", "t").exec();
        images.add(repository + "-copy:t");
        images.add(second);
        return first;
    }

    private List<PruneCandidate> ours(PrunePlan plan) {
        return plan.candidates().stream().filter(candidate -> run.equals(candidate.labels().get(RUN_LABEL))).toList();
    }

    private Map<PruneKind, List<String>> idsByKind(List<PruneCandidate> candidates) {
        Map<PruneKind, List<String>> out = new HashMap<>();
        candidates.forEach(c -> out.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c.id()));
        return out;
    }

    private String networkId(String name) {
        return fixture.client().inspectNetworkCmd().withNetworkId(name).exec().getId();
    }

    @Test
    void thePreviewListsExactlyWhatGoesAndUntickedOrUsedObjectsStay() {
        String stopped = container("stopped", false, HostConfig.newHostConfig());
        String usedNetwork = network("used-net");
        String usedVolume = volume("used-vol");
        String running = container("running", true, HostConfig.newHostConfig().withNetworkMode(usedNetwork)
                .withBinds(new Bind(usedVolume, new Volume("/data"))));
        String unusedNetwork = network("unused-net");
        String tickedVolume = volume("ticked-vol");
        String untickedVolume = volume("kept-vol");
        String dangling = danglingImage();
        String commitSource = containers.get(containers.size() - 1);
        fixture.engine.removeQuietly(commitSource); // so nothing uses the dangling image

        PrunePlan plan = done(fixture.gateway.system().planPrune());
        Map<PruneKind, List<String>> preview = idsByKind(ours(plan));

        assertThat(preview.get(PruneKind.STOPPED_CONTAINERS)).containsExactly(stopped);
        assertThat(preview.get(PruneKind.UNUSED_NETWORKS)).containsExactly(networkId(unusedNetwork));
        assertThat(preview.get(PruneKind.UNUSED_VOLUMES)).containsExactlyInAnyOrder(tickedVolume, untickedVolume);
        assertThat(preview.get(PruneKind.DANGLING_IMAGES)).containsExactly(dangling);
        assertThat(preview.get(PruneKind.UNUSED_IMAGES)).hasSize(1); // the second commit, tagged twice
        PruneCandidate twiceTagged = ours(plan).stream().filter(c -> c.kind() == PruneKind.UNUSED_IMAGES)
                .findFirst().orElseThrow();
        assertThat(twiceTagged.references()).hasSize(2);
        assertThat(ours(plan)).extracting(PruneCandidate::id).doesNotContain(running, usedVolume,
                networkId(usedNetwork));
        assertThat(plan.candidates()).noneSatisfy(candidate -> assertThat(candidate.name())
                .isIn("bridge", "host", "none", TestEngine.IMAGE));
        assertThat(ours(plan)).filteredOn(c -> c.kind() == PruneKind.UNUSED_VOLUMES)
                .allSatisfy(volume -> assertThat(volume.size()).isZero()); // empty, and the engine knows it

        List<PruneCandidate> ticked = ours(plan).stream()
                .filter(c -> !c.id().equals(untickedVolume)).toList();
        PruneReport report = done(fixture.gateway.system().prune(ticked));

        assertThat(report.failures()).isEmpty();
        assertThat(report.outcomes()).extracting(PruneReport.Outcome::candidate)
                .containsExactlyInAnyOrderElementsOf(ticked);
        assertThat(fixture.engine.exists(stopped)).isFalse();
        assertThat(exists(() -> fixture.client().inspectNetworkCmd().withNetworkId(unusedNetwork).exec())).isFalse();
        assertThat(exists(() -> fixture.client().inspectVolumeCmd(tickedVolume).exec())).isFalse();
        assertThat(exists(() -> fixture.client().inspectImageCmd(dangling).exec())).isFalse();
        assertThat(exists(() -> fixture.client().inspectImageCmd(twiceTagged.id()).exec())).isFalse();
        assertThat(report.reclaimed()).isGreaterThanOrEqualTo(
                ticked.stream().mapToLong(c -> Math.max(0, c.size())).sum());

        assertThat(exists(() -> fixture.client().inspectVolumeCmd(untickedVolume).exec())).isTrue();
        assertThat(exists(() -> fixture.client().inspectVolumeCmd(usedVolume).exec())).isTrue();
        assertThat(exists(() -> fixture.client().inspectNetworkCmd().withNetworkId(usedNetwork).exec())).isTrue();
        assertThat(fixture.engine.isRunning(running)).isTrue();
        assertThat(exists(() -> fixture.client().inspectImageCmd(TestEngine.IMAGE).exec())).isTrue();
    }

    @Test
    void whatBecameInUseAfterThePreviewIsRefusedWithASentenceAndStays() {
        String stopped = container("restarted", false, HostConfig.newHostConfig());
        String dangling = danglingImage();
        fixture.engine.removeQuietly(containers.get(containers.size() - 1));
        PrunePlan plan = done(fixture.gateway.system().planPrune());
        List<PruneCandidate> ticked = ours(plan).stream().filter(c -> c.id().equals(stopped)
                || c.id().equals(dangling)).toList();
        assertThat(ticked).hasSize(2);

        fixture.client().startContainerCmd(stopped).exec();
        String user = fixture.client().createContainerCmd(dangling).withLabels(labels)
                .withName(TestEngine.uniqueName("user")).exec().getId();
        containers.add(user);
        PruneReport report = done(fixture.gateway.system().prune(ticked));

        assertThat(report.failures()).hasSize(2).allSatisfy(outcome -> {
            assertThat(outcome.failure()).startsWith("Could not remove");
            assertThat(outcome.reclaimed()).isZero();
        });
        assertThat(report.of(PruneKind.STOPPED_CONTAINERS).get(0).failure()).contains("running");
        assertThat(report.of(PruneKind.DANGLING_IMAGES).get(0).failure()).contains("being used")
                .endsWith(DockerSystemOperations.IN_USE_AGAIN);
        assertThat(fixture.engine.isRunning(stopped)).isTrue();
        assertThat(exists(() -> fixture.client().inspectImageCmd(dangling).exec())).isTrue();
    }

    private static boolean exists(Runnable inspect) {
        try {
            inspect.run();
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }
}
