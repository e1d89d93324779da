package dev.berth.bench;

import dev.berth.app.BerthApp;
import dev.berth.containers.ContainerRow;
import dev.berth.testing.EngineProxy;
import dev.berth.testing.ProxyFaults;
import dev.berth.testing.TestEngine;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.prefs.Preferences;

import static dev.berth.bench.BenchSupport.await;
import static dev.berth.testing.FxThread.onFx;

/**
 * Whether the window stays smooth while the engine misbehaves: the real Berth window, on the gateway the app makes
 * ({@code DOCKER_HOST}), talks to the engine through an {@link EngineProxy} that plays one fault per round (every
 * call 2 s late, list and inspect calls answered with HTTP 500, streams cut mid-frame, an engine that takes requests
 * and never answers) while the user moves through every section and opens a container's details, twice, with a
 * container made and removed between the two walks (events after which each section reads its list again). A probe
 * posts {@code Platform.runLater} every 5 ms and records how long each waited; per round it prints the FX thread's
 * worst stall and p99 (target: at most 50 ms), the FX thread's CPU time in the round (its own work, which unlike the
 * stalls does not depend on how busy the other core is), the samples in which it waited in Java outside the toolkit
 * (on the engine, a lock, a future: a freeze; see {@link FxWaits}), how many container list calls reached the proxy,
 * and how long after the fault ended the window showed the engine up, the container listed and no failure notice.
 * The baseline is the same round through the proxy with no fault, in the same run, before the faults and again after
 * them, following a first round that builds every section (left out).
 *
 * <pre>DISPLAY=:99 ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.berth.bench.FaultyEngineBenchmark</pre>
 * The program starts itself again in a JVM whose {@code DOCKER_HOST} is the proxy's address, with the app's JVM
 * options; the proxy runs in that JVM, on a port picked before.
 */
public final class FaultyEngineBenchmark {
    private static final String PORT_PROPERTY = "bench.proxyPort";
    private static final Duration DWELL = Duration.ofMillis(600);
    private static final Duration DETAILS_DWELL = Duration.ofMillis(1500);
    private static final String[] SECTIONS = {"images", "networks", "volumes", "compose", "events", "system",
            "containers"};
    private static final String LISTS = "/(containers|images|volumes|networks)(/.*)?|/info|/system/df";

    private FaultyEngineBenchmark() {
    }

    /** One round's fault: its name in the report, how it starts, and whether it cuts the streams midway. */
    private record Fault(String name, Consumer<ProxyFaults> start, boolean cutsStreams) {
    }

    public static void main(String[] args) throws Exception {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            System.exit(againBehindAProxy());
        }
        System.setProperty("berth.settings.node", "dev/berth-bench/faulty-" + System.nanoTime());
        int exit = 0;
        try (TestEngine engine = TestEngine.connect();
             EngineProxy proxy = new EngineProxy(Path.of(URI.create(TestEngine.HOST).getPath()),
                     Integer.parseInt(port))) {
            proxy.start();
            String name = TestEngine.uniqueName("faulty-bench");
            engine.runContainer(name);
            Thread app = new Thread(() -> Application.launch(BerthApp.class), "bench-app");
            app.setDaemon(true);
            app.start();
            Parent window = awaitWindow();
            awaitRecovered(window, name);
            List<Fault> faults = List.of(
                    new Fault("none (first round: builds each section; left out)", f -> { }, false),
                    new Fault("none (baseline)", f -> { }, false),
                    new Fault("every call 2 s late", f -> f.delayEveryCall(Duration.ofSeconds(2)), false),
                    new Fault("lists and inspects answer 500", f -> f.refuse("GET", LISTS, 500,
                            "the engine is overloaded"), false),
                    new Fault("streams cut mid-frame", f -> f.cutStreamsMidFrame(), true),
                    new Fault("engine takes requests, never answers", f -> f.muteEngine(true), false),
                    new Fault("none (baseline again, for the noise)", f -> { }, false));
            System.out.printf(Locale.ROOT, "JVM options: %s%n", BenchSupport.jvmOptions());
            System.out.printf(Locale.ROOT, "%-52s %10s %10s %8s %10s %12s %6s   %s%n", "fault", "stall max", "p99",
                    "probes", "FX CPU", "back after", "lists", "FX waits outside the toolkit (5 ms samples)");
            EventBurstBenchmark.Probe probe = new EventBurstBenchmark.Probe();
            probe.start();
            FxWaits waits = new FxWaits();
            for (Fault fault : faults) {
                probe.take();
                waits.take();
                long fxCpu = onFx(BenchSupport::threadCpu);
                long listsBefore = proxy.faults().count("GET", "/containers/json");
                fault.start().accept(proxy.faults());
                walk(window, name, () -> {
                    if (fault.cutsStreams()) {
                        proxy.faults().cutStreamsMidFrame();
                    }
                    // events every section reads its list again after (and which reach a cut event stream)
                    engine.removeQuietly(engine.createContainer(TestEngine.uniqueName("faulty-bench-event"), "true"));
                });
                EventBurstBenchmark.Stalls stalls = probe.take();
                double fxMs = (onFx(BenchSupport::threadCpu) - fxCpu) / 1e6;
                String fxWaited = waits.take();
                proxy.faults().clear();
                long cleared = System.nanoTime();
                awaitRecovered(window, name);
                double back = BenchSupport.seconds(System.nanoTime() - cleared);
                System.out.printf(Locale.ROOT, "%-52s %7.1f ms %7.1f ms %8d %7.0f ms %10.1f s %6d   %s%n",
                        fault.name(), stalls.max(), stalls.p99(), stalls.samples(), fxMs, back,
                        proxy.faults().count("GET", "/containers/json") - listsBefore, fxWaited);
            }
            probe.stop();
            waits.stop();
        } catch (Exception failed) {
            failed.printStackTrace();
            exit = 1;
        } finally {
            Preferences.userRoot().node(System.getProperty("berth.settings.node")).removeNode();
        }
        System.exit(exit);
    }

    /**
     * Samples the FX thread every 5 ms and counts the samples where it waited in Java outside the toolkit (on a lock,
     * a future or a socket of Berth's or docker-java's): a freeze the engine's faults would cause. Unlike the stalls,
     * this does not depend on how busy the machine is. The toolkit's own waits (for the renderer to finish a frame)
     * are left out. Keeps the most frequent place it waited.
     */
    private static final class FxWaits {
        private final java.util.Map<String, Integer> places = new java.util.concurrent.ConcurrentHashMap<>();
        private final long fxThread;
        private volatile boolean running = true;

        FxWaits() throws Exception {
            fxThread = onFx(() -> Thread.currentThread().getId());
            Thread thread = new Thread(this::sample, "bench-fx-waits");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            while (running) {
                java.lang.management.ThreadInfo info = threads.getThreadInfo(fxThread, 16);
                if (info != null && info.getThreadState() != Thread.State.RUNNABLE) {
                    String place = waitingAt(info.getStackTrace());
                    if (place != null) {
                        places.merge(place, 1, Integer::sum);
                    }
                }
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            }
        }

        /** The first frame outside the JDK, unless it is the toolkit's (null then). */
        private static String waitingAt(StackTraceElement[] stack) {
            for (StackTraceElement frame : stack) {
                String type = frame.getClassName();
                if (type.startsWith("com.sun.") || type.startsWith("javafx.")) {
                    return null;
                }
                if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                    return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName();
                }
            }
            return null;
        }

        /** "N (mostly at …)" since the last take. */
        String take() {
            int total = places.values().stream().mapToInt(Integer::intValue).sum();
            String most = places.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                    .map(java.util.Map.Entry::getKey).orElse("");
            places.clear();
            return total == 0 ? "0" : total + " (mostly at " + most + ")";
        }

        void stop() {
            running = false;
        }
    }

    /** Runs this program again with DOCKER_HOST on a proxy port picked now; answers its exit code. */
    private static int againBehindAProxy() throws Exception {
        int port = TestEngine.freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-D" + PORT_PROPERTY + "=" + port);
        command.add("-classpath");
        command.add(System.getProperty("java.class.path"));
        command.add(FaultyEngineBenchmark.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("DOCKER_HOST", "tcp://127.0.0.1:" + port);
        builder.environment().put("BERTH_TEST_DOCKER_HOST", TestEngine.HOST);
        return builder.start().waitFor();
    }

    /** Every section in turn, then the container's details, twice; {@code midway} runs between the two walks. */
    private static void walk(Parent window, String name, Runnable midway) throws Exception {
        for (int round = 0; round < 2; round++) {
            for (String section : SECTIONS) {
                onFx(() -> {
                    ((ButtonBase) window.lookup("#nav-" + section)).fire();
                    return null;
                });
                Thread.sleep(DWELL.toMillis());
            }
            select(window, name);
            Thread.sleep(DETAILS_DWELL.toMillis());
            select(window, null);
            if (round == 0) {
                midway.run();
            }
        }
    }

    /** Selects the container's row, as a click would (nothing when it is not listed); null clears the selection. */
    private static void select(Parent window, String name) throws Exception {
        onFx(() -> {
            TableView<ContainerRow> table = containers(window);
            if (name == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getItems().stream().filter(row -> row.name().equals(name)).findFirst()
                        .ifPresent(row -> table.getSelectionModel().select(row));
            }
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<ContainerRow> containers(Parent window) {
        return (TableView<ContainerRow>) window.lookup("#containers-table");
    }

    private static Parent awaitWindow() throws InterruptedException {
        Parent[] root = new Parent[1];
        await(() -> onFx(() -> {
            for (Window window : Window.getWindows()) {
                Node nav = window.getScene() == null ? null : window.getScene().getRoot().lookup("#nav-containers");
                if (nav != null) {
                    root[0] = window.getScene().getRoot();
                    return true;
                }
            }
            return false;
        }), Duration.ofSeconds(60), "the Berth window");
        return root[0];
    }

    /**
     * The status bar shows the engine up, and the Containers section (shown now) lists the container and shows no
     * notice (a failed list's notice goes once the list is read again).
     */
    private static void awaitRecovered(Parent window, String name) throws Exception {
        onFx(() -> {
            ((ButtonBase) window.lookup("#nav-containers")).fire();
            return null;
        });
        await(() -> onFx(() -> ((Labeled) window.lookup("#engine-summary")).getText().startsWith("Docker ")
                && containers(window).getItems().stream().anyMatch(row -> row.name().equals(name))
                && window.lookupAll("#notice-banner").stream().noneMatch(Node::isVisible)),
                Duration.ofSeconds(60), "the window to show the engine up and the container listed");
    }
}
