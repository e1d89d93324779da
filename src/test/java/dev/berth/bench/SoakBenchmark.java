package dev.berth.bench;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.HostConfig;
import dev.berth.daemon.logs.LogLine;
import dev.berth.events.FeedEntry;
import dev.berth.logs.LogView;
import dev.berth.testing.PrivateDockerd;
import dev.berth.testing.TestEngine;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.berth.bench.BenchSupport.await;
import static dev.berth.testing.FxThread.onFx;

/**
 * A day's use in twenty minutes, against Berth's real main window in this JVM ({@link SoakWindow}): 1,000
 * create/start/stop/remove cycles made by four threads while the window switches between Containers and Events
 * every two seconds, then ten minutes of a log followed at 5,000 lines/s in the Containers section's log tab, then
 * the engine restarted once (stopped, away for ten seconds, started). Then it checks that Berth is back where it
 * started: live threads (±2), open file descriptors (±2), heap after full collections (+10% at most), no dialog
 * opened and no error notice left, the Containers table equal to {@code docker ps -a}, the Events feed with a gap
 * marker and no event twice, and the connection shown again within 2 s of the engine answering. It also prints the
 * classes the heap grew by, and the heap once the Events feed is cleared.
 * <p>
 * The engine is a dockerd of its own ({@link PrivateDockerd}; it needs root), since the shared one is never
 * restarted. Berth finds it as a user would point it at one: through a docker context ({@code currentContext} in
 * the {@code config.json} of a home folder of the benchmark's own). "The start" is measured after a warm-up (every
 * section and a log opened once, a few cycles), so that what is made once and kept (pools, caches, classes) does
 * not count as growth. The JDK's "process reaper" threads, which wait on the benchmark's own child processes
 * (dockerd, the docker CLI), are left out of the thread counts.
 *
 * <pre>DISPLAY=:99 ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.berth.bench.SoakBenchmark</pre>
 * Shorter, in {@code bench.jvmArgs}: {@code -Dbench.soak.cycles=100 -Dbench.soak.logMinutes=0.5}; another rate:
 * {@code -Dbench.soak.logRate=5000}; the engine away longer or shorter: {@code -Dbench.soak.awaySeconds=10}.
 * It runs with the app's JVM options (the pom's {@code app.jvm.*}).
 */
public final class SoakBenchmark {
    static final int CYCLES = Integer.getInteger("bench.soak.cycles", 1000);
    static final double LOG_MINUTES = Double.parseDouble(System.getProperty("bench.soak.logMinutes", "10"));
    static final int LOG_RATE = Integer.getInteger("bench.soak.logRate", 5000);
    private static final int WORKERS = 4;
    private static final int WARM_UP_CYCLES = 20;
    private static final int IDLE_CONTAINERS = 3;
    private static final Duration SECTION_SWITCH = Duration.ofSeconds(2);
    private static final double RECONNECT_TARGET_SECONDS = 2;
    /** How long the engine stays away, as long as a restart that waits on its containers' 10 s stop timeout. */
    private static final Duration ENGINE_AWAY = Duration.ofSeconds(Integer.getInteger("bench.soak.awaySeconds", 10));
    /** Stops at once on SIGTERM (the shell waits on its sleep, which a trap interrupts). */
    private static final String[] IDLE = {"sh", "-c", "trap 'exit 0' TERM; sleep 86400 & wait"};
    private static final String CONTEXT = "berth-soak";

    private final PrivateDockerd engine;
    private final SoakWindow window;
    /** The benchmark's own client; a fresh one from the start on, closed before the end is measured. */
    private DockerClient client;
    private final String prefix = "berth-soak-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> results = new ArrayList<>();
    private int failed;

    private SoakBenchmark(PrivateDockerd engine, SoakWindow window) {
        this.engine = engine;
        this.window = window;
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            throw new IllegalStateException("No display: run with DISPLAY=:99 (Xvfb) or headless Monocle");
        }
        Path scratch = Files.createTempDirectory("berth-soak");
        System.setProperty("berth.logDir", scratch.resolve("logs").toString());
        String settings = "dev/berth-bench/soak-" + UUID.randomUUID();
        System.setProperty("berth.settings.node", settings);
        int failures;
        try (PrivateDockerd engine = startEngine()) {
            useContext(scratch.resolve("home"), engine.host());
            SoakWindow window = SoakWindow.open();
            try {
                failures = new SoakBenchmark(engine, window).run();
            } finally {
                window.close();
            }
        } finally {
            Preferences.userRoot().node(settings).removeNode();
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.out.println("JVM options                    " + BenchSupport.jvmOptions());
        System.exit(failures == 0 ? 0 : 1);
    }

    private static PrivateDockerd startEngine() throws Exception {
        try (TestEngine shared = TestEngine.connect()) {
            PrivateDockerd engine = PrivateDockerd.start();
            engine.loadImage(shared.client(), TestEngine.IMAGE);
            return engine;
        }
    }

    /** A home folder whose docker config selects a context for this engine, as {@code docker context use} would. */
    private static void useContext(Path home, String host) throws IOException {
        Path config = Files.createDirectories(home.resolve(".docker"));
        Files.writeString(config.resolve("config.json"), "{\"currentContext\": \"" + CONTEXT + "\"}\n");
        Path meta = Files.createDirectories(config.resolve("contexts/meta/" + sha256(CONTEXT)));
        Files.writeString(meta.resolve("meta.json"), "{\"Name\": \"" + CONTEXT + "\", \"Metadata\": {}, "
                + "\"Endpoints\": {\"docker\": {\"Host\": \"" + host + "\", \"SkipTLSVerify\": false}}}\n");
        if (System.getenv("DOCKER_HOST") != null || System.getenv("DOCKER_CONTEXT") != null
                || System.getenv("DOCKER_CONFIG") != null) {
            throw new IllegalStateException("Unset DOCKER_HOST, DOCKER_CONTEXT and DOCKER_CONFIG: they would take "
                    + "Berth past the benchmark's context to another engine");
        }
        System.setProperty("user.home", home.toString());
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    private int run() throws Exception {
        client = engine.newClient();
        await(window::connected, Duration.ofSeconds(30), "Berth to connect");
        if (!window.engineSummary().contains(engine.host().substring("unix://".length()))) {
            throw new IllegalStateException("Berth connected to another engine: " + window.engineSummary());
        }
        window.show("events"); // opens the feed (the replay of the last minutes)
        await(() -> window.eventRows() != null, Duration.ofSeconds(15), "the Events section");
        window.show("containers");
        for (int i = 1; i <= IDLE_CONTAINERS; i++) {
            String id = create(prefix + "-idle-" + i, IDLE);
            client.startContainerCmd(id).exec();
        }
        warmUp();
        client.close(); // its pooled connections are the benchmark's, not Berth's
        client = engine.newClient();
        Map<String, Long> classesAtStart = Footprint.classHistogram(); // first: its attach makes a thread that stays
        Footprint start = Footprint.now();
        System.out.printf(Locale.ROOT, "start (after the warm-up)      %d threads, %d open fds, heap after GC %.1f MB%n",
                counted(start.threads()).size(), start.fds().size(), BenchSupport.mb(start.heapAfterGc()));

        double cycleSeconds = cycles(CYCLES, "cycle", true);
        System.out.printf(Locale.ROOT, "%,d cycles by %d threads        %.0f s (%.1f cycles/s); Containers and Events "
                + "shown in turn every %d s%n", CYCLES, WORKERS, cycleSeconds, CYCLES / cycleSeconds,
                SECTION_SWITCH.toSeconds());
        awaitTableMatches("the table to settle after the cycles");
        followLog();
        double reconnect = restartEngine();
        double settled = awaitTableMatches("the table after the restart");
        System.out.printf(Locale.ROOT, "after the restart              table equal to docker ps -a %.2f s after "
                + "Berth showed the connection%n", settled);

        client.close(); // its pooled connections are the benchmark's, not Berth's
        Footprint end = Footprint.now();
        check(engine, start, end, reconnect);
        System.out.println("heap grown most by              " + Footprint.heapGrowth(classesAtStart,
                Footprint.classHistogram(), 8));
        window.clearEvents();
        long cleared = Footprint.now().heapAfterGc();
        System.out.printf(Locale.ROOT, "with the Events feed cleared   heap after GC %.1f MB (%+.1f%% of the start)%n",
                BenchSupport.mb(cleared), 100.0 * cleared / start.heapAfterGc() - 100);
        return failed;
    }

    /** Every path once before the start is measured: cycles with both sections shown, and a short log. */
    private void warmUp() throws Exception {
        cycles(WARM_UP_CYCLES, "warm", true);
        String id = create(prefix + "-warm-log", "sh", "-c", LogFollowBenchmark.writer(1000, 2000));
        client.startContainerCmd(id).exec();
        follow(id, 2000, Duration.ofSeconds(60));
        window.closeLog(id);
        client.removeContainerCmd(id).withForce(true).exec();
        awaitTableMatches("the table after the warm-up");
        Thread.sleep(3000);
    }

    /**
     * Create, start, stop and remove {@code count} containers from {@link #WORKERS} threads, the window switching
     * sections meanwhile; answers the seconds it took.
     */
    private double cycles(int count, String name, boolean switchSections) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, task -> new Thread(task, "bench-soak-worker"));
        long started = System.nanoTime();
        Thread switcher = switchSections ? sectionSwitcher() : null;
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                done.add(workers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        try {
                            String id = create(prefix + "-" + name + "-" + i, IDLE);
                            client.startContainerCmd(id).exec();
                            client.stopContainerCmd(id).withTimeout(10).exec();
                            client.removeContainerCmd(id).exec();
                        } catch (RuntimeException failure) {
                            if (errors.incrementAndGet() <= 3) {
                                System.out.println("cycle " + i + " failed: " + failure);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            workers.shutdown();
            workers.awaitTermination(1, TimeUnit.MINUTES);
            if (switcher != null) {
                switcher.interrupt();
                switcher.join();
            }
            window.show("containers");
        }
        if (errors.get() > 0) {
            System.out.println(errors.get() + " of " + count + " cycles failed");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** Shows Events and Containers in turn until interrupted. */
    private Thread sectionSwitcher() {
        Thread thread = new Thread(() -> {
            boolean events = true;
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    window.show(events ? "events" : "containers");
                    events = !events;
                    Thread.sleep(SECTION_SWITCH.toMillis());
                }
            } catch (InterruptedException stop) {
                // done
            } catch (Exception broken) {
                throw new IllegalStateException(broken);
            }
        }, "bench-soak-sections");
        thread.start();
        return thread;
    }

    private String create(String name, String... command) {
        return client.createContainerCmd(TestEngine.IMAGE).withName(name)
                .withLabels(Map.of(TestEngine.TEST_LABEL, "true"))
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none")).withCmd(command).exec().getId();
    }

    /** The log phase: a container writing at {@link #LOG_RATE} lines/s for {@link #LOG_MINUTES}, followed in Berth. */
    private void followLog() throws Exception {
        int lines = (int) Math.round(LOG_RATE * LOG_MINUTES * 60);
        String id = create(prefix + "-log", "sh", "-c", LogFollowBenchmark.writer(LOG_RATE, lines));
        client.startContainerCmd(id).exec();
        long started = System.nanoTime();
        double berthCpu = BenchSupport.processCpu();
        LogView view = follow(id, lines, Duration.ofSeconds(Math.round(LOG_MINUTES * 60) + 120));
        double seconds = (System.nanoTime() - started) / 1e9;
        long kept = onFx(() -> view.model().lineCountProperty().get());
        long dropped = onFx(() -> view.model().droppedProperty().get());
        System.out.printf(Locale.ROOT, "log followed                   %,d lines at %,d lines/s asked in %.0f s: the last "
                        + "shown, %,d kept, %,d dropped from the buffer; Berth used %.0f%% of a core%n", lines,
                LOG_RATE, seconds, kept, dropped, 100 * (BenchSupport.processCpu() - berthCpu) / seconds);
        window.closeLog(id);
    }

    /** Opens the container's log in the Containers section and waits until its numbered line {@code last} shows. */
    private LogView follow(String id, int last, Duration atMost) throws Exception {
        window.show("containers");
        await(() -> window.openLog(id), Duration.ofSeconds(15), "the log container's row");
        await(() -> window.logView() != null, Duration.ofSeconds(15), "the log view");
        LogView view = window.logView();
        String wanted = String.format(Locale.ROOT, "%07d ", last);
        await(() -> onFx(() -> {
            List<LogLine> shown = view.model().lines();
            return !shown.isEmpty() && shown.get(shown.size() - 1).text().startsWith(wanted);
        }), atMost, "line " + last + " of the log");
        return view;
    }

    /** Stops the engine and starts it again; answers the seconds from its first answer to Berth showing it up. */
    private double restartEngine() throws Exception {
        window.show("containers");
        window.forgetConnectionChanges();
        long stopping = System.nanoTime();
        engine.stop();
        await(() -> !window.connected(), Duration.ofSeconds(10), "Berth to show the engine gone");
        Thread.sleep(ENGINE_AWAY.toMillis());
        Path socket = Path.of(engine.host().substring("unix://".length()));
        long[] answeredAt = new long[1];
        Thread pinger = new Thread(() -> {
            while (!answers(socket)) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException stop) {
                    return;
                }
            }
            answeredAt[0] = System.nanoTime();
        }, "bench-soak-ping");
        pinger.start();
        engine.startAgain();
        pinger.join();
        await(() -> window.upSince() != 0, Duration.ofSeconds(30), "Berth to show the engine connected again");
        double reconnect = (window.upSince() - answeredAt[0]) / 1e9;
        System.out.printf(Locale.ROOT, "engine restart                 down and up again in %.1f s; Berth showed it "
                + "connected %.2f s after it answered%n", (answeredAt[0] - stopping) / 1e9, reconnect);
        return reconnect;
    }

    /** Whether the engine answers {@code GET /_ping} on this socket now. */
    private static boolean answers(Path socket) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(ByteBuffer.wrap("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer reply = ByteBuffer.allocate(32);
            channel.read(reply);
            String status = new String(reply.array(), 0, reply.position(), StandardCharsets.US_ASCII);
            return status.startsWith("HTTP/1.0 200") || status.startsWith("HTTP/1.1 200");
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Waits until the Containers table lists what {@code docker ps -a} does; answers the seconds it took. */
    private double awaitTableMatches(String what) throws Exception {
        long started = System.nanoTime();
        window.show("containers");
        await(() -> window.containerRows().equals(dockerPs()), Duration.ofSeconds(30), what);
        return (System.nanoTime() - started) / 1e9;
    }

    /** {@code docker ps -a} on this engine, as "id state" lines. */
    private List<String> dockerPs() throws IOException, InterruptedException {
        Process cli = new ProcessBuilder("docker", "-H", engine.host(), "ps", "-a", "--no-trunc", "--format",
                "{{.ID}} {{.State}}").redirectErrorStream(true).start();
        String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (cli.waitFor() != 0) {
            throw new IllegalStateException("docker ps -a: " + out);
        }
        return out.lines().filter(line -> !line.isBlank()).sorted().toList();
    }

    private void check(PrivateDockerd engine, Footprint start, Footprint end, double reconnect) throws Exception {
        List<String> threadsBefore = counted(start.threads());
        List<String> threadsAfter = counted(end.threads());
        record(Math.abs(threadsAfter.size() - threadsBefore.size()) <= 2, "live threads", "%d → %d (±2; %s)",
                threadsBefore.size(), threadsAfter.size(), Footprint.difference(threadsBefore, threadsAfter));
        record(Math.abs(end.fds().size() - start.fds().size()) <= 2, "open file descriptors", "%d → %d (±2; %s)",
                start.fds().size(), end.fds().size(), Footprint.difference(start.fds(), end.fds()));
        double growth = (double) end.heapAfterGc() / start.heapAfterGc() - 1;
        record(growth <= 0.10, "heap after full GC", "%.1f → %.1f MB (%+.1f%%; at most +10%%)",
                BenchSupport.mb(start.heapAfterGc()), BenchSupport.mb(end.heapAfterGc()), 100 * growth);
        List<String> dialogs = window.otherWindows();
        record(dialogs.isEmpty(), "no error dialog", "%s", dialogs.isEmpty() ? "no other window opened" : dialogs);
        List<String> notices = window.notices();
        record(notices.isEmpty(), "no error notice left", "%s", notices.isEmpty() ? "none shown" : notices);
        List<String> table = window.containerRows();
        List<String> ps = dockerPs();
        record(table.equals(ps), "Containers table = docker ps -a", "%d rows, docker ps -a %d%s", table.size(),
                ps.size(), table.equals(ps) ? "" : ": " + table + " vs " + ps);
        window.show("events");
        List<FeedEntry> feed = window.eventRows();
        long gaps = feed.stream().filter(FeedEntry.Gap.class::isInstance).count();
        Map<String, Long> seen = feed.stream().filter(FeedEntry.Event.class::isInstance)
                .map(item -> ((FeedEntry.Event) item).event())
                .collect(Collectors.groupingBy(event -> event.type() + " " + event.action() + " " + event.actorId()
                        + " " + event.timeNanos(), Collectors.counting()));
        long twice = seen.values().stream().filter(count -> count > 1).count();
        long cycleEvents = feed.stream().filter(item -> item instanceof FeedEntry.Event event
                && event.event().actorName().startsWith(prefix + "-cycle-")).count();
        record(gaps >= 1 && twice == 0, "Events feed: gap marker, no duplicate", "%d gap marker(s), %d event(s) "
                + "shown twice, %,d rows (%,d about the cycles' containers, %,d expected)", gaps, twice, feed.size(),
                cycleEvents, 6L * CYCLES);
        System.out.println("the cycles' events by action    " + feed.stream()
                .filter(item -> item instanceof FeedEntry.Event event
                        && event.event().actorName().startsWith(prefix + "-cycle-"))
                .collect(Collectors.groupingBy(item -> ((FeedEntry.Event) item).event().action(), java.util.TreeMap::new,
                        Collectors.counting())));
        window.show("containers");
        record(reconnect <= RECONNECT_TARGET_SECONDS, "reconnect", "%.2f s after the engine answered (≤ %.0f s)",
                reconnect, RECONNECT_TARGET_SECONDS);
        System.out.println();
        results.forEach(System.out::println);
    }

    private void record(boolean pass, String what, String format, Object... args) {
        if (!pass) {
            failed++;
        }
        results.add(String.format(Locale.ROOT, "%-4s %-38s %s", pass ? "PASS" : "FAIL", what,
                String.format(Locale.ROOT, format, args)));
    }

    /** The threads counted: all but the JDK's process reapers, which wait on the benchmark's own child processes. */
    private static List<String> counted(List<String> threads) {
        return threads.stream().filter(name -> !name.startsWith("process reaper")).toList();
    }
}
