package dev.berth.bench;

import dev.berth.daemon.DockerEngineGateway;
import dev.berth.daemon.EngineGateway;
import dev.berth.events.NotificationKind;
import dev.berth.events.NotificationSettings;
import dev.berth.testing.PrivateDockerd;
import dev.berth.testing.TestEngine;

import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;

/**
 * Berth at scale: a thousand containers, image tags, five hundred volumes, two hundred networks and five thousand
 * events ({@link ScaleFixture}) on an engine of the benchmark's own ({@link PrivateDockerd}, so that other runs on
 * the shared engine neither see the fixture nor slow it down), and the real window ({@link ScaleWindow}) in a JVM of
 * its own pointed at it ({@code DOCKER_HOST}), so that its memory is Berth's alone. It prints, each against a
 * baseline measured in the same run:
 * <ul>
 *   <li>opening each section until its rows show, against the matching CLI listing plus one frame;</li>
 *   <li>the FX thread's time for each keystroke in a table's search field and for each column sort;</li>
 *   <li>selecting a container until its details show, against the engine's inspect plus two frames;</li>
 *   <li>200 containers started (and then stopped) at once from threads: how long after the engine's last event
 *       every row is right, and the FX thread's stalls meanwhile (the 5 ms probe of {@link EventBurstBenchmark});</li>
 *   <li>the resident memory, heap and non-heap after every section was visited.</li>
 * </ul>
 * <pre>DISPLAY=:99 ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.berth.bench.ScaleBenchmark</pre>
 * It must run as root (the private engine) and takes about five minutes, most of it making the fixture.
 */
public final class ScaleBenchmark {
    static final int RUNS = Integer.getInteger("bench.runs", 3);
    static final double FRAME_MS = 1000 / 60.0;
    /** Which parts to measure, for working on one of them: opens, sorts, select, starts, memory (all by default). */
    private static final List<String> PARTS = List.of(System.getProperty("bench.scale.parts",
            "opens,sorts,select,starts,memory").split(","));
    private static final String MEASURE = "measure";

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(MEASURE)) {
            measure();
            return;
        }
        String existing = System.getProperty("bench.scale.host");
        if (existing != null) { // an engine that already holds the fixture, e.g. one kept by "keep" below
            System.exit(measureInAJvmOfItsOwn(existing));
        }
        try (TestEngine shared = TestEngine.connect();
             PrivateDockerd engine = PrivateDockerd.start(List.of("--default-address-pool",
                     "base=10.128.0.0/9,size=24"))) {
            engine.loadImage(shared.client(), TestEngine.IMAGE);
            long started = System.nanoTime();
            long events = new ScaleFixture(engine.client()).make();
            System.out.printf(Locale.ROOT, "fixture made in %.0f s on %s: %,d events%n",
                    (System.nanoTime() - started) / 1e9, engine.host(), events);
            if (args.length > 0 && args[0].equals("keep")) { // for profiling: measure on it with bench.scale.host
                System.out.println("The fixture's engine stays up until this program is stopped: " + engine.host());
                Thread.currentThread().join();
            }
            int exit = measureInAJvmOfItsOwn(engine.host());
            if (exit != 0) {
                throw new IllegalStateException("The measuring JVM ended with " + exit);
            }
        }
    }

    /** This program again, with the same JVM options, pointed at the private engine; returns its exit code. */
    private static int measureInAJvmOfItsOwn(String host) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScaleBenchmark.class.getName(),
                MEASURE));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("DOCKER_HOST", host);
        builder.environment().put("BERTH_TEST_DOCKER_HOST", host);
        builder.environment().remove("DOCKER_CONTEXT");
        return builder.start().waitFor();
    }

    /** One of the four resource sections: its sidebar id, table, search field, a search to type, and its listing. */
    record Section(String name, String table, String search, String typed, String... cli) {
    }

    static final List<Section> SECTIONS = List.of(
            new Section("containers", "containers-table", "container-search", "scale-c-01", "ps", "-a"),
            new Section("images", "images-table", "image-search", "img-0042", "images"),
            new Section("networks", "networks-table", "network-search", "scale-net-1", "network", "ls"),
            new Section("volumes", "volumes-table", "volume-search", "scale-vol-3", "volume", "ls"));

    private static void measure() throws Exception {
        String settings = "dev/berth-bench/scale-" + UUID.randomUUID();
        System.setProperty("berth.settings.node", settings);
        NotificationSettings notifications = new NotificationSettings(
                Preferences.userRoot().node(settings + "/notifications"));
        for (NotificationKind kind : NotificationKind.values()) {
            notifications.setEnabled(kind, false); // 200 containers stopping would pop up 200 notices
        }
        ScaleReport report = new ScaleReport();
        BenchSupport.MemorySampler memory = new BenchSupport.MemorySampler();
        memory.start();
        try (TestEngine engine = TestEngine.connect()) {
            if (PARTS.contains("starts")) {
                progress("starting and stopping containers at once with a bare window");
                ScaleWindow.startToolkit();
                ScaleStarts.withABareWindow(engine, report);
            }
            long opening = System.nanoTime();
            ScaleWindow window = ScaleWindow.open();
            long listed = window.whenShown(() -> window.<TableView<?>>lookup("containers-table") != null
                    && window.<TableView<?>>lookup("containers-table").getItems().size() >= ScaleFixture.CONTAINERS)
                    .get();
            report.windowUp = (listed - opening) / 1e6;
            progress("the CLI's and the gateway's listings");
            Map<String, Integer> rows = listingBaselines(report);
            if (PARTS.contains("opens")) {
                progress("opening the sections");
                openSections(window, rows, report);
            }
            progress("searching and sorting");
            for (Section section : PARTS.contains("sorts") ? SECTIONS : List.<Section>of()) {
                window.openSection(section.name, section.table, rows.get(section.name));
                for (int run = 0; run < RUNS; run++) {
                    report.keystrokes.computeIfAbsent(section.name, name -> new ArrayList<>())
                            .addAll(window.typeAndErase(section.search, section.typed));
                    report.sorts.computeIfAbsent(section.name, name -> new ArrayList<>())
                            .addAll(window.sortByEachColumn(section.table));
                }
            }
            window.openSection("containers", "containers-table", rows.get("containers"));
            if (PARTS.contains("select")) {
                progress("selecting containers");
                ScaleSelection.measure(window, engine, report);
            }
            if (PARTS.contains("starts")) {
                progress("starting and stopping containers at once");
                new ScaleStarts(window, engine).measure(report);
            }
            progress("visiting every section");
            for (String section : List.of("compose", "events", "system", "images", "networks", "volumes",
                    "containers")) {
                window.untilFrame(() -> ((ToggleButton) window.lookup("nav-" + section)).fire(),
                        () -> true);
                Thread.sleep(1_000);
            }
            Thread.sleep(3_000);
            report.memory(ManagementFactory.getMemoryMXBean(), "after visiting every section");
            System.gc();
            Thread.sleep(1_000);
            report.memory(ManagementFactory.getMemoryMXBean(), "the same after a full GC");
            memory.stop();
            report.peakRss = BenchSupport.statusKb("VmHWM") / 1024.0;
            report.print();
            BenchSupport.printNativeMemory();
            printLargestClasses(Integer.getInteger("bench.scale.histogram", 0));
            window.close();
        } finally {
            Preferences.userRoot().node(settings).removeNode();
            javafx.application.Platform.exit();
        }
    }

    /** With {@code -Dbench.scale.histogram=N}: the N classes whose instances hold the most of the live heap. */
    private static void printLargestClasses(int top) throws IOException, InterruptedException {
        Footprint.classHistogram().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(entry -> System.out.printf(Locale.ROOT, "heap %,9d kB  %s%n", entry.getValue() / 1024,
                        entry.getKey()));
    }

    /**
     * The CLI's listings and Berth's own list calls through a gateway like the app's (the same calls its view
     * models make), interleaved; returns how many rows each section should show.
     */
    private static Map<String, Integer> listingBaselines(ScaleReport report) throws Exception {
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (DockerEngineGateway gateway = BenchSupport.appGateway()) {
            Map<String, Callable<Integer>> reads = gatewayReads(gateway);
            for (int run = 0; run <= RUNS; run++) {
                for (Section section : SECTIONS) {
                    long start = System.nanoTime();
                    int lines = cli(section.cli);
                    double cliMs = (System.nanoTime() - start) / 1e6;
                    start = System.nanoTime();
                    int listed = reads.get(section.name).call();
                    double gatewayMs = (System.nanoTime() - start) / 1e6;
                    rows.put(section.name, listed);
                    if (run > 0) { // the first round warms both up
                        report.cli.computeIfAbsent(section.name, name -> new ArrayList<>()).add(cliMs);
                        report.gatewayReads.computeIfAbsent(section.name, name -> new ArrayList<>()).add(gatewayMs);
                    }
                    report.cliRows.put(section.name, lines);
                }
            }
        }
        return rows;
    }

    /** The list calls each section's view model makes (see their {@code LiveRows} sources), as row counts. */
    private static Map<String, Callable<Integer>> gatewayReads(EngineGateway gateway) {
        return Map.of(
                "containers", () -> gateway.containers().list().get().size(),
                "images", () -> gateway.images().list().thenCombine(gateway.containers().list(),
                        (images, containers) -> images.stream().mapToInt(image -> Math.max(1,
                                image.repoTags().size())).sum()).get(),
                "networks", () -> gateway.networks().inspectAll().get().size(),
                "volumes", () -> gateway.volumes().list().thenCombine(gateway.volumes().users(),
                        (volumes, users) -> volumes.size()).get());
    }

    /** Runs {@code docker -H $DOCKER_HOST <args>} with its output read whole; returns its lines less the header. */
    private static int cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("docker", "-H", TestEngine.HOST));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long lines = new String(process.getInputStream().readAllBytes()).lines().count();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return (int) lines - 1;
    }

    /** Each section opened for the first time, then again after the others, {@link #RUNS} times. */
    private static void openSections(ScaleWindow window, Map<String, Integer> rows, ScaleReport report)
            throws Exception {
        for (int run = 0; run <= RUNS; run++) {
            for (Section section : SECTIONS) {
                if (run == 0 && section.name.equals("containers")) {
                    continue; // the window opens on it
                }
                double ms = window.openSection(section.name, section.table, rows.get(section.name));
                (run == 0 ? report.firstOpen : report.reopen).computeIfAbsent(section.name,
                        name -> new ArrayList<>()).add(ms);
            }
        }
    }

    /** What the benchmark does from now on, with the time, so that a profile can be read phase by phase. */
    private static void progress(String phase) {
        System.out.println(java.time.LocalTime.now().withNano(0) + " " + phase);
    }

    static double p95(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
    }
}
