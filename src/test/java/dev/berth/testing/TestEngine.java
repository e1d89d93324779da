package dev.berth.testing;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import dev.berth.daemon.EngineEndpoint;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real engine as tests see it: a plain docker-java client of the tests' own (independent of the gateway under
 * test) to create fixtures and to check results. Everything it creates carries {@link #TEST_LABEL} and is removed by
 * {@link #removeCreated()}.
 */
public final class TestEngine implements AutoCloseable {
    public static final String TEST_LABEL = "dev.berth.test";
    public static final String IMAGE = "berth-test/busybox:latest";
    public static final String HOST = System.getenv().getOrDefault("BERTH_TEST_DOCKER_HOST",
            "unix:///var/run/docker.sock");
    /** A process that exits at once on SIGTERM, so `docker stop` does not wait its 10 s grace period. */
    public static final String[] IDLE = {"sh", "-c", "trap 'exit 0' TERM; while :; do sleep 1; done"};

    private final DockerClient client;
    private final List<String> created = new ArrayList<>();

    private TestEngine(DockerClient client) {
        this.client = client;
    }

    /**
     * Connects to the test engine. Without one, the calling test is skipped with the reason on a developer machine
     * and fails under CI ({@code CI=true}), where scripts/test-engine.sh must have started it.
     */
    public static TestEngine connect() {
        DockerClient client = newClient();
        try {
            checkUsable(client);
        } catch (RuntimeException unreachable) {
            closeQuietly(client);
            EngineRequired.skipOrFail(reason(unreachable), unreachable);
        }
        return new TestEngine(client);
    }

    /** Why the engine tests cannot run here, in one line; empty when the engine answers and has the test image. */
    static Optional<String> whyUnavailable() {
        DockerClient client = newClient();
        try {
            checkUsable(client);
            return Optional.empty();
        } catch (RuntimeException unreachable) {
            return Optional.of(reason(unreachable));
        } finally {
            closeQuietly(client);
        }
    }

    private static DockerClient newClient() {
        DefaultDockerClientConfig config = new DefaultDockerClientConfig.Builder().withDockerHost(HOST)
                .withApiVersion("1.41").build();
        return DockerClientImpl.getInstance(config, new ZerodepDockerHttpClient.Builder()
                .dockerHost(URI.create(HOST)).connectionTimeout(Duration.ofSeconds(3))
                .responseTimeout(Duration.ofSeconds(60)).build());
    }

    private static void checkUsable(DockerClient client) {
        client.pingCmd().exec();
        client.inspectImageCmd(IMAGE).exec();
    }

    private static String reason(RuntimeException unreachable) {
        String why = Objects.toString(unreachable.getMessage(), unreachable.getClass().getName()).strip();
        return ("No Docker engine with the test image " + IMAGE + " at " + HOST + " (" + why + "). `./mvnw verify` "
                + "starts one as root or with password-less sudo; else run `sudo bash scripts/test-engine.sh` first.")
                .replaceAll("\\s+", " ");
    }

    private static void closeQuietly(DockerClient client) {
        try {
            client.close();
        } catch (IOException ignored) {
            // Nothing was open that a test could still need.
        }
    }

    public static EngineEndpoint endpoint() {
        return new EngineEndpoint(HOST, "test engine", null);
    }

    public DockerClient client() {
        return client;
    }

    /** A unique container name, so parallel or leftover runs never collide. */
    public static String uniqueName(String prefix) {
        return "berth-test-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String createContainer(String name, String... command) {
        CreateContainerResponse response = client.createContainerCmd(IMAGE).withName(name)
                .withLabels(Map.of(TEST_LABEL, "true")).withCmd(command).exec();
        created.add(response.getId());
        return response.getId();
    }

    public String runContainer(String name) {
        String id = createContainer(name, IDLE);
        client.startContainerCmd(id).exec();
        return id;
    }

    /** A container run as {@code docker run -dit IMAGE sh}: its main process is a shell on a TTY, to attach to. */
    public String runInteractiveContainer(String name) {
        CreateContainerResponse response = client.createContainerCmd(IMAGE).withName(name)
                .withLabels(Map.of(TEST_LABEL, "true")).withTty(true).withStdinOpen(true).withCmd("sh").exec();
        created.add(response.getId());
        client.startContainerCmd(response.getId()).exec();
        return response.getId();
    }

    public InspectContainerResponse inspect(String id) {
        return client.inspectContainerCmd(id).exec();
    }

    public boolean isRunning(String id) {
        return Boolean.TRUE.equals(inspect(id).getState().getRunning());
    }

    public boolean exists(String id) {
        try {
            inspect(id);
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }

    /** Removes (with force) that container at the end, like the ones this instance created itself. */
    public void removeAtTheEnd(String id) {
        created.add(id);
    }

    /** Removes (with force) what this instance created, plus any labelled leftovers named by a test. */
    public void removeCreated() {
        for (String id : created) {
            removeQuietly(id);
        }
        created.clear();
    }

    public void removeQuietly(String id) {
        try {
            client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException alreadyGone) {
            // Removed by the test itself.
        }
    }

    /** Removes (with force) the container of that name if it exists, e.g. one a UI test made through Berth. */
    public void removeByName(String name) {
        client.listContainersCmd().withShowAll(true).withNameFilter(List.of(name)).exec().stream()
                .filter(container -> List.of(container.getNames()).contains("/" + name))
                .forEach(container -> removeQuietly(container.getId()));
    }

    /** Removes a volume a test made (directly or through Berth), if it exists. */
    public void removeVolumeQuietly(String name) {
        try {
            client.removeVolumeCmd(name).exec();
        } catch (NotFoundException neverMade) {
            // The test failed before the volume was created.
        }
    }

    /** Runs a command inside a running container and answers what it printed on stdout. */
    public String exec(String id, String... command) throws InterruptedException {
        String exec = client.execCreateCmd(id).withCmd(command).withAttachStdout(true).withAttachStderr(true)
                .exec().getId();
        StringBuilder out = new StringBuilder();
        client.execStartCmd(exec).exec(new ResultCallback.Adapter<Frame>() {
            @Override
            public void onNext(Frame frame) {
                if (frame.getStreamType() == StreamType.STDOUT) {
                    out.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                }
            }
        }).awaitCompletion(30, TimeUnit.SECONDS);
        return out.toString();
    }

    /**
     * Creates and removes {@code count} labelled containers named {@code prefix-N} from four threads at once, as fast
     * as the engine goes: a burst of {@code 2 × count} events ("create", "destroy"). Answers how many were made.
     */
    public int createAndRemoveContainers(String prefix, int count) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        AtomicInteger made = new AtomicInteger();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = prefix + "-" + i;
                done.add(workers.submit(() -> {
                    String id = client.createContainerCmd(IMAGE).withName(name).withLabels(Map.of(TEST_LABEL, "true"))
                            .withCmd("true").exec().getId();
                    made.incrementAndGet();
                    client.removeContainerCmd(id).withForce(true).exec();
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            workers.shutdownNow();
        }
        return made.get();
    }

    /** A TCP port that was free a moment ago (the engine or a test then binds it). */
    public static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    public List<Container> labelledContainers() {
        return client.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(TEST_LABEL, "true")).exec();
    }

    @Override
    public void close() throws Exception {
        removeCreated();
        client.close();
    }
}
