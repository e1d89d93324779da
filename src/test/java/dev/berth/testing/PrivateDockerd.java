package dev.berth.testing;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * A Docker engine of a test's own, for tests that must stop or restart the engine: the shared one at
 * {@link TestEngine#HOST} serves everyone else's tests and is never touched. It listens on
 * {@code unix:///tmp/berth-it-dockerd-<id>.sock} with its own data root, exec root (so its own containerd, which
 * dockerd starts there) and pid file, without a bridge or iptables rules (its containers run with network "none"),
 * in a network namespace of its own ({@code unshare --net}): a dockerd started with {@code --bridge=none} deletes
 * the host's {@code docker0}, the shared engine's default bridge, and no engine of a test may touch the host's
 * interfaces or firewall.
 * <p>
 * It must run as root: without root the test is skipped with the reason, and fails under CI ({@code CI=true}).
 * {@link #close()} stops it and removes its folders; a run that died before that leaves them behind, and the next
 * {@link #start()} stops and removes those leftovers (but not those of a run still going, whose dockerd is a child
 * of a live JVM).
 */
public final class PrivateDockerd implements AutoCloseable {
    private static final String PREFIX = "berth-it-dockerd-";
    private static final Path TMP = Path.of("/tmp");
    private static final Pattern ID = Pattern.compile(PREFIX + "([0-9a-f]{8})");
    private static final Duration READY = Duration.ofSeconds(60);
    private static final Duration STOPPING = Duration.ofSeconds(30);

    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final Path dir = TMP.resolve(PREFIX + id);
    private final Path socket = TMP.resolve(PREFIX + id + ".sock");
    private final Path log = dir.resolve("dockerd.log");
    private final Thread onExit = new Thread(this::close, "private-dockerd-cleanup");
    private final List<String> extraArgs;
    private Process dockerd;
    private DockerClient client;

    private PrivateDockerd(List<String> extraArgs) {
        this.extraArgs = List.copyOf(extraArgs);
    }

    /** Starts a private engine and waits until it answers. */
    public static PrivateDockerd start() throws IOException, InterruptedException {
        return start(List.of());
    }

    /**
     * Starts a private engine with more of dockerd's flags (e.g. {@code --default-address-pool} for more networks
     * than the default pools hold) and waits until it answers.
     */
    public static PrivateDockerd start(List<String> extraArgs) throws IOException, InterruptedException {
        requireRootAndDockerd();
        removeLeftovers();
        PrivateDockerd engine = new PrivateDockerd(extraArgs);
        Runtime.getRuntime().addShutdownHook(engine.onExit);
        try {
            Files.createDirectories(engine.dir);
            Files.writeString(engine.dir.resolve("daemon.json"), "{}\n"); // not the machine's /etc/docker/daemon.json
            engine.launch();
            return engine;
        } catch (IOException | InterruptedException | RuntimeException | Error failed) {
            engine.close();
            throw failed;
        }
    }

    private static void requireRootAndDockerd() throws IOException {
        String missing = null;
        if (!Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
            missing = "root (a test that restarts the engine starts a dockerd of its own)";
        } else if (!onPath("dockerd")) {
            missing = "dockerd on the PATH (sudo bash scripts/test-engine.sh installs it)";
        } else if (!onPath("unshare")) {
            missing = "unshare on the PATH (util-linux), to give the engine a network namespace of its own";
        }
        if (missing != null) {
            EngineRequired.skipOrFail("This test needs " + missing + "; it is skipped here and fails under CI.");
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin").split(":"))
                .map(folder -> Path.of(folder, program)).anyMatch(Files::isExecutable);
    }

    /** {@code unix:///tmp/berth-it-dockerd-<id>.sock}. */
    public String host() {
        return "unix://" + socket;
    }

    /** A docker-java client of the test's own on this engine. */
    public DockerClient client() {
        return client;
    }

    /** Another client on this engine, for a caller that closes it (its pooled connections go with it). */
    public DockerClient newClient() {
        DefaultDockerClientConfig config = new DefaultDockerClientConfig.Builder().withDockerHost(host())
                .withApiVersion("1.41").build();
        return DockerClientImpl.getInstance(config, new ZerodepDockerHttpClient.Builder()
                .dockerHost(URI.create(host())).connectionTimeout(Duration.ofSeconds(3))
                .responseTimeout(Duration.ofSeconds(60)).build());
    }

    /** Copies an image from another engine into this one ({@code docker save | docker -H … load}). */
    public void loadImage(DockerClient from, String image) throws IOException {
        try (InputStream saved = from.saveImageCmd(image).exec()) {
            client.loadImageCmd(saved).exec();
        }
    }

    /** Stops the engine as a service manager would (SIGTERM: it stops its containers first) and waits for it. */
    public void stop() throws InterruptedException {
        if (dockerd == null) {
            return;
        }
        dockerd.destroy();
        if (!dockerd.waitFor(STOPPING.toSeconds(), TimeUnit.SECONDS)) {
            dockerd.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        dockerd = null;
    }

    /** Starts the engine again with the same folders and flags, after {@link #stop()}, and waits until it answers. */
    public void startAgain() throws IOException, InterruptedException {
        if (dockerd != null) {
            throw new IllegalStateException("The private dockerd is still running");
        }
        launch();
    }

    private void launch() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("unshare", "--net", "--", "dockerd", "-H", host(),
                "--data-root", dir.resolve("data").toString(), "--exec-root", dir.resolve("exec").toString(),
                "--pidfile", dir.resolve("dockerd.pid").toString(),
                "--config-file", dir.resolve("daemon.json").toString(), "--bridge=none", "--iptables=false",
                "--ip-masq=false"));
        command.addAll(extraArgs);
        Files.writeString(log, "==== " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        dockerd = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (client == null) {
            client = newClient();
        }
        try {
            await().atMost(READY).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                    .failFast("dockerd exited", () -> !dockerd.isAlive())
                    .untilAsserted(() -> client.pingCmd().exec());
        } catch (ConditionTimeoutException | TerminalFailureException notUp) {
            throw new IllegalStateException("The private dockerd did not come up on " + host() + ":\n"
                    + logTail(), notUp);
        }
    }

    /** The end of this engine's own log, to explain a failure. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException unreadable) {
            return "(no log at " + log + ")";
        }
    }

    /** Stops the engine and whatever it left running, and removes its folders and socket. */
    @Override
    public synchronized void close() {
        try {
            if (client != null) {
                client.close();
                client = null;
            }
            stop();
            removeRemainsOf(id);
        } catch (IOException | InterruptedException | RuntimeException failed) {
            throw new IllegalStateException("Could not clean up the private dockerd in " + dir, failed);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException shuttingDown) {
                // called by the hook itself
            }
        }
    }

    /** Engines of earlier runs that died without cleaning up: neither their dockerd's parent JVM lives nor they. */
    private static void removeLeftovers() throws IOException, InterruptedException {
        Set<String> ids = new HashSet<>();
        try (Stream<Path> entries = Files.list(TMP)) {
            entries.map(path -> ID.matcher(path.getFileName().toString())).filter(Matcher::lookingAt)
                    .forEach(matcher -> ids.add(matcher.group(1)));
        }
        processes().forEach(process -> idIn(process).ifPresent(ids::add));
        for (String leftover : ids) {
            // dockerd itself, and its OCI hooks while a container starts (dockerd's binary too, run by runc)
            List<ProcessHandle> dockerds = processes()
                    .filter(process -> idIn(process).filter(leftover::equals).isPresent())
                    .filter(process -> process.info().command().orElse("").endsWith("/dockerd")).toList();
            boolean ownedByALiveRun = dockerds.stream().anyMatch(process -> process.parent()
                    .flatMap(parent -> parent.info().command()).filter(command -> command.endsWith("/java"))
                    .isPresent());
            if (!ownedByALiveRun && (!dockerds.isEmpty() || settled(leftover))) {
                for (ProcessHandle process : dockerds) {
                    process.destroy(); // let it stop its containers and its containerd
                    process.onExit().orTimeout(STOPPING.toSeconds(), TimeUnit.SECONDS).exceptionally(late -> {
                        process.destroyForcibly();
                        return process;
                    }).join();
                }
                removeRemainsOf(leftover);
            }
        }
    }

    /** Whether the folder of an engine without a dockerd is old enough not to be a run that is starting one. */
    private static boolean settled(String id) throws IOException {
        Path dir = TMP.resolve(PREFIX + id);
        return !Files.exists(dir) || Files.getLastModifiedTime(dir).toInstant()
                .isBefore(java.time.Instant.now().minus(Duration.ofMinutes(2)));
    }

    /** Kills what still runs with this engine's folders (its containerd, shims), unmounts them and deletes them. */
    private static void removeRemainsOf(String id) throws IOException, InterruptedException {
        for (ProcessHandle process : processes().filter(p -> idIn(p).filter(id::equals).isPresent()).toList()) {
            process.destroyForcibly();
            process.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(late -> process).join();
        }
        Path dir = TMP.resolve(PREFIX + id);
        List<String> mounts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/mounts"))) {
            String point = line.split(" ")[1].replace("\\040", " ");
            if (point.startsWith(dir + "/")) {
                mounts.add(point);
            }
        }
        mounts.sort(Comparator.comparingInt(String::length).reversed()); // the innermost first
        for (String point : mounts) {
            new ProcessBuilder("umount", "-l", point).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(TMP.resolve(PREFIX + id + ".sock"));
        if (Files.exists(dir)) {
            try (Stream<Path> tree = Files.walk(dir)) {
                for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (UncheckedIOException failed) {
                throw failed.getCause();
            }
        }
    }

    private static Stream<ProcessHandle> processes() {
        return ProcessHandle.allProcesses().filter(process -> process.pid() != ProcessHandle.current().pid());
    }

    /** The private engine a process belongs to, from the folders or socket on its command line. */
    private static Optional<String> idIn(ProcessHandle process) {
        try {
            String commandLine = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
            Matcher matcher = ID.matcher(commandLine);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException | UncheckedIOException gone) {
            return Optional.empty();
        }
    }
}
