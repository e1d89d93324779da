package dev.berth.compose.peer;

import dev.berth.compose.actions.ComposeActions;
import dev.berth.compose.actions.ComposeTask;
import dev.berth.compose.actions.DownOptions;
import dev.berth.compose.actions.EngineComposeActions;
import dev.berth.compose.actions.ServiceProgress;
import dev.berth.compose.actions.UpOptions;
import dev.berth.compose.load.ComposeLoader;
import dev.berth.compose.load.LoadRequest;
import dev.berth.compose.model.ComposeFileException;
import dev.berth.compose.model.ComposeProject;
import dev.berth.daemon.GatewayFixture;
import dev.berth.testing.EngineRequired;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Each sample project under {@code compose/samples}, brought up by docker-compose v1 (project A) and by Berth
 * (project B) one after the other, must leave the same containers, networks and volumes on the engine, field by
 * field, with v1's {@code _} container names mapped to v2's {@code -}; what only v2 writes is checked against v2.
 * Both {@code down}s ({@code -v}) must then leave nothing of their project. The containers are killed just before
 * each {@code down}: the samples run {@code sleep} as PID 1, which ignores SIGTERM, and waiting out their grace
 * periods (up to 90 s) would tell nothing about either tool. The differences that remain between v1 and v2 are
 * mapped away where they are known and documented (docs/compose.md, "Differences from docker-compose v1").
 */
@ExtendWith(EngineRequired.class)
class ComposePeerIT {
    private static final Path RESOURCES = Path.of("src", "test", "resources", "compose").toAbsolutePath();
    /** The loader's samples, which together use every key Berth supports. */
    private static final Path SAMPLES = RESOURCES.resolve("samples");
    /** This comparison's own: the edges where v1 and v2 part ways, which the shared samples leave out. */
    private static final Path PEER_SAMPLES = RESOURCES.resolve("peer-samples");
    private static final long ACTION_SECONDS = 120;

    private static Path dockerCompose;
    private static GatewayFixture fixture;
    private static ComposeActions berth;

    @BeforeAll
    static void connect() {
        dockerCompose = Commands.onPath(ComposeV1.PROGRAM).orElse(null);
        if (dockerCompose != null) {
            fixture = GatewayFixture.connect();
            berth = new EngineComposeActions(fixture.gateway);
        }
    }

    /** Each sample is skipped with the reason (failing under CI) where there is no peer, so the report shows why. */
    @BeforeEach
    void requirePeer() {
        if (dockerCompose == null) {
            EngineRequired.skipOrFail("docker-compose (v1) is not on the PATH, so there is no peer to compare Berth's"
                    + " compose with; install it (apt-get install docker-compose), as .ci/run does.");
        }
    }

    @AfterAll
    static void disconnect() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** From the source folders, not the classpath: a sample renamed or removed there lingers in target/. */
    static Stream<Named<Path>> samples() {
        assertThat(SAMPLES).as("the sample projects' folder").isDirectory();
        List<Path> folders = PeerSample.folders(SAMPLES);
        assertThat(folders).as("sample projects in " + SAMPLES).isNotEmpty();
        return Stream.concat(folders.stream(), PeerSample.folders(PEER_SAMPLES).stream())
                .map(folder -> Named.of(RESOURCES.relativize(folder).toString(), folder));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void berthMakesWhatDockerComposeMakes(Path folder, @TempDir Path scratch) throws Exception {
        PeerSample sample = PeerSample.read(folder).in(copy(folder, scratch.resolve(folder.getFileName())));
        String run = "peer" + UUID.randomUUID().toString().substring(0, 8);
        String projectA = run + "a";
        String projectB = run + "b";
        ComposeV1 v1 = new ComposeV1(dockerCompose, sample, projectA);
        PhaseTimes times = new PhaseTimes();
        PeerConfig config = times.time("v1 config", v1::config);
        List<String> anonymousVolumes = new ArrayList<>();
        try (Prerequisites prerequisites = times.time("prepare", () -> Prerequisites.prepare(config))) {
            prerequisites.forgetPulledImages();
            Set<String> refusedToV1 = times.time("v1 up", v1::up);
            ProjectSnapshot a = times.time("inspect A", () -> ProjectSnapshot.take(projectA, true, config));
            anonymousVolumes.addAll(a.anonymousVolumes());
            EngineObjects.kill(projectA);
            times.time("v1 down", v1::down);
            List<String> leftByV1 = leftovers(projectA, a.anonymousVolumes());

            prerequisites.forgetPulledImages();
            ComposeProject project = load(sample, projectB);
            List<ServiceProgress> upSteps = new CopyOnWriteArrayList<>();
            Set<String> refusedToBerth = times.time("Berth up", () -> refused(berth.up(project, UpOptions.DEFAULT,
                    upSteps::add), upSteps, sample));
            ProjectSnapshot b = times.time("inspect B", () -> ProjectSnapshot.take(projectB, false, config));
            anonymousVolumes.addAll(b.anonymousVolumes());
            EngineObjects.kill(projectB);
            List<ServiceProgress> downSteps = new CopyOnWriteArrayList<>();
            times.time("Berth down", () -> finish(berth.down(projectB, new DownOptions(true, true), downSteps::add),
                    downSteps, "down", sample));
            List<String> leftByBerth = leftovers(projectB, b.anonymousVolumes());
            System.out.println(times.summary(sample.name()));

            List<Difference> differences = new ArrayList<>(PeerComparison.compare(sample.name(), a, b));
            differences.addAll(V2Expectations.check(sample.name(), b, config));
            if (!refusedToV1.equals(refusedToBerth)) {
                differences.add(new Difference(sample.name(), "project", "services the engine would not start",
                        refusedToV1, refusedToBerth));
            } else if (!refusedToV1.isEmpty()) {
                System.out.println(sample.name() + ": this engine starts neither tool's " + refusedToV1
                        + "; their created containers are compared");
            }
            assertSoftly(softly -> {
                softly.assertThat(differences).as(() -> Difference.table(differences)).isEmpty();
                softly.assertThat(leftByV1).as("what docker-compose down -v left of " + projectA).isEmpty();
                softly.assertThat(leftByBerth).as("what Berth's down (volumes, orphans) left of " + projectB)
                        .isEmpty();
            });
        } finally {
            List<String> builtImages = builtImages(config, projectA, projectB);
            EngineObjects.removeProject(projectA, anonymousVolumes, builtImages);
            EngineObjects.removeProject(projectB, anonymousVolumes, builtImages);
        }
    }

    private static ComposeProject load(PeerSample sample, String project) throws ComposeFileException {
        return new ComposeLoader().load(new LoadRequest(sample.folder(), sample.absoluteFiles(), project, List.of(),
                Commands.environment(), sample.profiles()));
    }

    /**
     * Waits for Berth's {@code up}: the services that failed (a start the engine refused leaves the container
     * created, as v1 leaves it), empty when all started; a failure of no service fails the test.
     */
    private static Set<String> refused(ComposeTask task, List<ServiceProgress> steps, PeerSample sample) {
        try {
            finish(task, steps, "up", sample);
            return Set.of();
        } catch (AssertionError failed) {
            Set<String> refused = steps.stream().filter(step -> step.step() == ServiceProgress.Step.FAILED
                    && !step.service().isEmpty())
                    .map(ServiceProgress::service).collect(Collectors.toCollection(TreeSet::new));
            if (refused.isEmpty()) {
                throw failed;
            }
            return refused;
        }
    }

    /** Waits for Berth's action; a failure names the sample and every step that failed, with the engine's reason. */
    private static void finish(ComposeTask task, List<ServiceProgress> steps, String action, PeerSample sample) {
        try {
            task.done().get(ACTION_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException failed) {
            throw new AssertionError("Berth's " + action + " of " + sample.name() + " failed: " + failed.getMessage()
                    + steps.stream().filter(step -> step.step() == ServiceProgress.Step.FAILED)
                    .map(step -> "\n  " + step.subject() + ": " + step.detail()).collect(Collectors.joining()),
                    failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", interrupted);
        }
    }

    /** Containers, networks and volumes (labelled, or the anonymous ones seen) of the project still there. */
    private static List<String> leftovers(String project, List<String> anonymousVolumes) {
        List<String> left = new ArrayList<>();
        EngineObjects.containers(project).forEach(id -> left.add("container " + id));
        EngineObjects.networks(project).forEach(id -> left.add("network " + id));
        EngineObjects.volumes(project).forEach(name -> left.add("volume " + name));
        anonymousVolumes.stream().filter(EngineObjects::volumeExists).forEach(name -> left.add("volume " + name));
        return left;
    }

    /** The images the sample builds: its {@code image:}, else v1's {@code A_service} and v2's {@code B-service}. */
    private static List<String> builtImages(PeerConfig config, String projectA, String projectB) {
        return config.services().stream().filter(config::builds).flatMap(service -> config.image(service) != null
                ? Stream.of(config.image(service))
                : Stream.of(projectA + "_" + service, projectB + "-" + service)).distinct().toList();
    }

    private static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
            return to;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
