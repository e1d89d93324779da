package dev.berth.bench;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import com.sun.javafx.perf.PerformanceTracker;
import dev.berth.app.BerthApp;
import dev.berth.containers.ContainerRow;
import dev.berth.testing.TestEngine;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;

import static dev.berth.bench.BenchSupport.await;
import static dev.berth.testing.FxThread.onFx;

/**
 * What Berth costs while nothing happens: 50 running containers that print nothing, the real main window (the whole
 * app, as a user sees it), and each section of the sidebar left open in turn for a measured window, first with no
 * container selected, then with one selected on its Overview tab. For each it prints the process's CPU as % of one
 * core (/proc/self/stat) and the threads that used it (/proc/self/task), the pulses the window's scene took and the
 * frames it painted (JavaFX's scene performance tracker), and the engine's events meanwhile: on an engine others use
 * too, what happens there shows in Berth, which is then not idle. The baseline, in the same run before Berth starts:
 * a bare window with one empty {@code TableView}, shown for as long. Target: Berth ≤ 0.3% of a core, and no pulses
 * but the age clocks' (at most one repaint every few seconds). A streaming Stats tab is not idle: it is measured
 * apart, next to {@code docker stats --no-stream <id>} run once a second (the CLI processes' CPU).
 *
 * <pre>DISPLAY=:99 ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.berth.bench.IdleBenchmark</pre>
 * Among {@code bench.jvmArgs}: {@code -Dbench.idle.seconds=20} for shorter windows while developing;
 * {@code -Dbench.idle.sections=Containers,Events} to visit only those sections; {@code -Dbench.idle.trace=true} to
 * print, at each pulse of a measured window, the nodes that changed (what made it pulse).
 */
public final class IdleBenchmark {
    private static final Duration WINDOW = Duration.ofSeconds(Long.getLong("bench.idle.seconds", 60));
    private static final int CONTAINERS = Integer.getInteger("bench.idle.containers", 50);
    /** Time for a section to read its lists and lay itself out before its window is measured. */
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final double TARGET_PERCENT = 0.3;
    /** "At most one repaint every few seconds". */
    private static final double TARGET_SECONDS_PER_FRAME = 3;
    private static final String PREFIX = "berth-test-idle-";

    private IdleBenchmark() {
    }

    /** One measured window. */
    record Reading(String what, double seconds, double cpuPercent, long pulses, long frames, long engineEvents,
                   List<String> threads, String focus) {
        boolean met() {
            return cpuPercent <= TARGET_PERCENT && frames <= seconds / TARGET_SECONDS_PER_FRAME;
        }
    }

    public static void main(String[] args) throws Exception {
        String node = "dev/berth-bench/idle-" + UUID.randomUUID();
        System.setProperty("berth.settings.node", node);
        List<Reading> readings = new ArrayList<>();
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        BerthApp app = new BerthApp();
        boolean started = false;
        try (TestEngine engine = TestEngine.connect()) {
            try {
                runContainers(engine, ids);
                System.out.printf(Locale.ROOT, "%d running containers (sleep 86400); windows of %d s after %d s to "
                        + "settle; %s%n", ids.size(), WINDOW.toSeconds(), SETTLE.toSeconds(), BenchSupport.gcAndHeap());
                Platform.startup(() -> { });
                started = true;
                Platform.setImplicitExit(false);
                readings.add(report(bareWindow()));
                Stage stage = onFx(Stage::new);
                onFx(() -> {
                    app.start(stage);
                    return null;
                });
                Scene scene = onFx(stage::getScene);
                Frames frames = Frames.of(scene);
                if (Boolean.getBoolean("bench.idle.trace")) {
                    PulseTrace.install(scene);
                }
                TableView<?> table = onFx(() -> (TableView<?>) scene.lookup("#containers-table"));
                await(() -> onFx(() -> table.getItems().size()) >= ids.size(), Duration.ofSeconds(30),
                        "the containers' rows");
                List<String> sections = sections(scene);
                for (String section : sections) {
                    readings.add(report(visit(scene, frames, section, "")));
                }
                select(scene, engine, ids.get(0));
                for (String section : sections) {
                    readings.add(report(visit(scene, frames, section, ", a container selected")));
                }
                readings.add(report(statsTab(scene, frames)));
                readings.add(report(dockerStatsLoop(ids.get(0))));
            } finally {
                if (started) {
                    onFx(() -> {
                        app.stop();
                        return null;
                    });
                    Platform.exit();
                }
                removeAll(engine, ids);
                Preferences.userRoot().node(node).removeNode();
            }
        }
        summary(readings);
        System.exit(0); // the engine client's threads would keep the JVM
    }

    /** Creates and starts the containers from four threads; their ids go into {@code ids} as they are made. */
    private static void runContainers(TestEngine engine, List<String> ids) throws Exception {
        DockerClient client = engine.client();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> started = new ArrayList<>();
            for (int i = 0; i < CONTAINERS; i++) {
                String name = PREFIX + UUID.randomUUID().toString().substring(0, 8);
                started.add(workers.submit(() -> {
                    String id = client.createContainerCmd(TestEngine.IMAGE).withName(name)
                            .withLabels(Map.of(TestEngine.TEST_LABEL, "true")).withCmd("sleep", "86400").exec().getId();
                    ids.add(id);
                    client.startContainerCmd(id).exec();
                    return null;
                }));
            }
            for (Future<?> each : started) {
                each.get();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static void removeAll(TestEngine engine, List<String> ids) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> removed = new ArrayList<>();
            for (String id : List.copyOf(ids)) {
                removed.add(workers.submit(() -> engine.removeQuietly(id)));
            }
            for (Future<?> each : removed) {
                each.get();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** The baseline: a bare JavaFX window with one empty table, shown for a window. */
    private static Reading bareWindow() throws Exception {
        Stage stage = onFx(() -> {
            Stage bare = new Stage();
            bare.setTitle("Bare window");
            bare.setScene(new Scene(new TableView<Object>(), 1180, 720));
            bare.show();
            return bare;
        });
        Frames frames = Frames.of(onFx(stage::getScene));
        Thread.sleep(SETTLE.toMillis());
        Reading reading = measure("bare window, one empty TableView (baseline)", frames, onFx(stage::getScene));
        onFx(() -> {
            stage.hide();
            return null;
        });
        return reading;
    }

    /** The sidebar's sections in their order, by title. */
    private static List<String> sections(Scene scene) {
        List<String> only = Arrays.stream(System.getProperty("bench.idle.sections", "").split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
        return onFx(() -> scene.getRoot().lookupAll(".nav-button").stream()
                .map(button -> ((ToggleButton) button).getText())
                .filter(title -> only.isEmpty() || only.contains(title)).toList());
    }

    private static Reading visit(Scene scene, Frames frames, String section, String how) throws Exception {
        onFx(() -> {
            scene.getRoot().lookupAll(".nav-button").stream().map(ToggleButton.class::cast)
                    .filter(button -> button.getText().equals(section)).findFirst().orElseThrow().fire();
            return null;
        });
        Thread.sleep(SETTLE.toMillis());
        return measure(section + how, frames, scene);
    }

    /** Selects the container's row as a click would (the table takes the focus) and shows its Overview. */
    private static void select(Scene scene, TestEngine engine, String id) throws Exception {
        String name = engine.inspect(id).getName().substring(1);
        onFx(() -> {
            ((ToggleButton) scene.lookup("#nav-containers")).fire();
            @SuppressWarnings("unchecked")
            TableView<ContainerRow> table = (TableView<ContainerRow>) scene.lookup("#containers-table");
            ContainerRow row = table.getItems().stream().filter(item -> item.id().equals(id)).findFirst()
                    .orElseThrow();
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(table.getItems().indexOf(row));
            return null;
        });
        await(() -> onFx(() -> scene.lookup("#details-name") instanceof Labeled label
                && label.getText().equals(name)), Duration.ofSeconds(15), "the selected container's details");
        showTab(scene, "overview");
    }

    private static void showTab(Scene scene, String tab) {
        onFx(() -> {
            TabPane pages = (TabPane) scene.lookup("#details-tabs");
            pages.getSelectionModel().select(pages.getTabs().stream()
                    .filter(each -> each.getId().equals("details-tab-" + tab)).findFirst().orElseThrow());
            return null;
        });
    }

    /** The selected container's Stats tab in Containers, streaming. */
    private static Reading statsTab(Scene scene, Frames frames) throws Exception {
        onFx(() -> {
            ((ToggleButton) scene.lookup("#nav-containers")).fire();
            return null;
        });
        showTab(scene, "stats");
        Thread.sleep(SETTLE.toMillis());
        Reading reading = measure("Containers, Stats tab streaming", frames, scene);
        showTab(scene, "overview");
        return reading;
    }

    /**
     * {@code docker stats --no-stream <id>} started once a second for a window, as a script polling it would (each
     * takes about two seconds: it waits for the engine's second sample): the CPU of those processes, which this JVM
     * waits for at the end (cutime + cstime of /proc/self/stat).
     */
    private static Reading dockerStatsLoop(String id) throws Exception {
        Sample before = Sample.now();
        long start = System.nanoTime();
        List<Process> started = new ArrayList<>();
        for (long next = start; next < start + WINDOW.toNanos(); next += 1_000_000_000L) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            ProcessBuilder builder = new ProcessBuilder("docker", "stats", "--no-stream", id)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("DOCKER_HOST", TestEngine.HOST);
            started.add(builder.start());
        }
        for (Process process : started) {
            process.waitFor();
        }
        double seconds = started.size(); // of polling, one run a second
        Sample after = Sample.now();
        return new Reading("docker stats --no-stream, started once a second (" + started.size() + " runs; the CLI "
                + "processes' CPU)", seconds, 100 * (after.children - before.children) / seconds, 0, 0, 0, List.of(),
                "");
    }

    private static Reading measure(String what, Frames frames, Scene scene) throws Exception {
        Sample before = Sample.now();
        long[] counted = frames.counts();
        long start = System.nanoTime();
        long startEpoch = System.currentTimeMillis() / 1000;
        PulseTrace.tracing(true);
        Thread.sleep(WINDOW.toMillis());
        PulseTrace.tracing(false);
        long[] counts = frames.counts();
        Sample after = Sample.now();
        double seconds = (System.nanoTime() - start) / 1e9;
        String focus = onFx(() -> {
            Node owner = scene.getFocusOwner();
            String name = owner == null ? "nothing" : owner.getClass().getSimpleName()
                    + (owner.getId() == null ? "" : "#" + owner.getId());
            return name + (scene.getWindow().isFocused() ? " in the focused window" : " (window not focused)");
        });
        return new Reading(what, seconds, 100 * (after.process - before.process) / seconds, counts[0] - counted[0],
                counts[1] - counted[1], engineEvents(startEpoch, System.currentTimeMillis() / 1000),
                before.busiestThreadsUntil(after, seconds), focus);
    }

    /**
     * The events the engine reported between these times (seconds since the epoch, both included): on an engine
     * others use too, what else happened meanwhile, which Berth shows and so is not idle then.
     */
    private static long engineEvents(long from, long to) throws InterruptedException {
        AtomicLong count = new AtomicLong();
        try (TestEngine engine = TestEngine.connect()) {
            engine.client().eventsCmd().withSince(Long.toString(from)).withUntil(Long.toString(to))
                    .exec(new ResultCallback.Adapter<Event>() {
                        @Override
                        public void onNext(Event event) {
                            count.incrementAndGet();
                        }
                    }).awaitCompletion(10, TimeUnit.SECONDS);
        } catch (Exception unreadable) {
            return -1;
        }
        return count.get();
    }

    private static Reading report(Reading reading) {
        System.out.printf(Locale.ROOT, "%-58s CPU %5.2f%% of a core, %4d pulses, %4d frames, %d engine events; "
                        + "focus: %s%n", reading.what, reading.cpuPercent, reading.pulses, reading.frames,
                reading.engineEvents, reading.focus);
        if (!reading.threads.isEmpty()) {
            System.out.println("    threads: " + String.join(", ", reading.threads));
        }
        return reading;
    }

    private static void summary(List<Reading> readings) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Windows of %d s with %d running containers; target: ≤ %.1f%% of a core and at "
                + "most one frame per %.0f s%n", WINDOW.toSeconds(), CONTAINERS, TARGET_PERCENT,
                TARGET_SECONDS_PER_FRAME);
        System.out.println("| Shown | CPU, % of a core | Above the bare window | Pulses | Frames | Engine events "
                + "| Target |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        double bare = readings.get(0).cpuPercent;
        for (Reading reading : readings) {
            boolean idle = !reading.what.contains("Stats") && !reading.what.startsWith("docker stats")
                    && reading != readings.get(0);
            System.out.printf(Locale.ROOT, "| %s | %.2f | %s | %d | %d | %d | %s |%n", reading.what,
                    reading.cpuPercent, idle ? String.format(Locale.ROOT, "%+.2f", reading.cpuPercent - bare) : "",
                    reading.pulses, reading.frames, reading.engineEvents,
                    idle ? (reading.met() ? "met" : "not met") : "");
        }
        System.out.println("JVM options: " + BenchSupport.jvmOptions());
    }

    /** The pulses a scene took and the frames it painted, counted by its performance tracker. */
    private static final class Frames {
        private final AtomicLong pulses = new AtomicLong();
        private final AtomicLong frames = new AtomicLong();

        static Frames of(Scene scene) {
            Frames counts = new Frames();
            onFx(() -> {
                PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
                tracker.setOnPulse(counts.pulses::incrementAndGet);
                tracker.setOnRenderedFrameTask(counts.frames::incrementAndGet);
                return null;
            });
            return counts;
        }

        long[] counts() {
            return new long[] {pulses.get(), frames.get()};
        }
    }

    /** CPU seconds so far of this process, of its children it waited for, and of each of its threads. */
    private record Sample(double process, double children, Map<String, Double> threads) {
        static Sample now() throws IOException {
            Path self = Path.of("/proc/self");
            Map<String, Double> threads = new HashMap<>();
            try (var tasks = Files.list(self.resolve("task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        threads.merge(name + " #" + task.getFileName(), BenchSupport.cpuSeconds(task.resolve("stat"),
                                11, 12), Double::sum);
                    } catch (IOException ended) {
                        // the thread ended meanwhile
                    }
                }
            }
            return new Sample(BenchSupport.cpuSeconds(self.resolve("stat"), 11, 12),
                    BenchSupport.cpuSeconds(self.resolve("stat"), 13, 14), threads);
        }

        /** "JavaFX Applicat 0.80%" for each thread that used CPU between the two samples, the busiest first. */
        List<String> busiestThreadsUntil(Sample later, double seconds) {
            return later.threads.entrySet().stream()
                    .map(thread -> Map.entry(thread.getKey().replaceFirst(" #\\d+$", ""),
                            thread.getValue() - threads.getOrDefault(thread.getKey(), 0.0)))
                    .filter(thread -> thread.getValue() > 0)
                    .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.summingDouble(Map.Entry::getValue)))
                    .entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(thread -> String.format(Locale.ROOT, "%s %.2f%%", thread.getKey(),
                            100 * thread.getValue() / seconds)).toList();
        }
    }
}
