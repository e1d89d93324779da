package dev.berth.bench;

import com.github.dockerjava.api.DockerClient;
import dev.berth.testing.TestEngine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.berth.bench.BenchSupport.median;

/**
 * How fast installed Berth opens: from the launcher's start to the first window with the container list filled
 * (the later of Berth's "Window shown" and "First container list shown" log lines, timed by this program from the
 * moment before the process starts; Berth's own figures, from its JVM's start, beside them). The baseline, launched
 * interleaved with it: a bare JavaFX window with one empty {@code TableView} started from the same runtime with the
 * same JVM options, plus {@code docker ps -a}. Target: Berth ≤ 1.3× (bare window + docker ps -a), with 0 and with
 * 1,000 containers (created here with the test label and removed at the end).
 *
 * <pre>./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.berth.bench.StartupBenchmark</pre>
 * It needs the app image ({@code ./mvnw -Ppackage -DskipTests package}, or the installed /opt/berth), Xvfb, the
 * {@code docker} CLI and the test engine and image. Options among {@code -Dbench.jvmArgs}: {@code -Dbench.launches=7}
 * (each, per container count); {@code -Dbench.containers=0,1000}; {@code -Dbench.images=<image>,<image>} to compare
 * app images in one run (e.g. a copy of the image before a change and after it).
 */
public final class StartupBenchmark {
    private static final int LAUNCHES = Integer.getInteger("bench.launches", 5);
    private static final double TARGET_RATIO = 1.3;

    private StartupBenchmark() {
    }

    /** The medians of one app image at one container count. */
    record Row(String image, int containers, double berthWall, double berthListJvm,
               double bareWall, double bareJvm, double dockerPs) {
        double ratio() {
            return berthWall / (bareWall + dockerPs);
        }
    }

    public static void main(String[] args) throws Exception {
        List<Path> images = images();
        int[] counts = Arrays.stream(System.getProperty("bench.containers", "0,1000").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        List<Row> rows = new ArrayList<>();
        try (TestEngine engine = TestEngine.connect();
             StartupLaunch launch = StartupLaunch.start()) {
            System.out.println("Machine: " + StartupLaunch.machine() + "; display " + launch.display());
            for (Path image : images) {
                System.out.println("Image " + image + ": runtime " + StartupLaunch.runtimeVersion(image) + ", JVM options "
                        + StartupLaunch.javaOptions(image));
            }
            int made = 0;
            try {
                for (int count : counts) {
                    made += create(engine, count - made);
                    rows.addAll(measure(launch, images, count));
                }
            } finally {
                System.out.println("Removing the " + made + " containers made for the run");
                removeAll(engine);
            }
        }
        print(rows);
    }

    private static List<Path> images() {
        String named = System.getProperty("bench.images", "");
        if (named.isBlank()) {
            return List.of(StartupLaunch.appImage(null));
        }
        return Arrays.stream(named.split(",")).map(StartupLaunch::appImage).toList();
    }

    /**
     * Launches, per round, each image's bare window and Berth and one {@code docker ps -a}; a first round that warms
     * the page cache is left out.
     */
    private static List<Row> measure(StartupLaunch launch, List<Path> images, int containers) throws Exception {
        Map<Path, List<StartupLaunch.Timing>> berth = new LinkedHashMap<>();
        Map<Path, List<StartupLaunch.Timing>> bare = new LinkedHashMap<>();
        List<Double> ps = new ArrayList<>();
        int serial = 0;
        for (int round = 0; round <= LAUNCHES; round++) {
            for (Path image : images) {
                StartupLaunch.Timing window = launch.bareWindow(image);
                StartupLaunch.Timing app = launch.berth(image, serial++);
                if (round > 0) {
                    bare.computeIfAbsent(image, key -> new ArrayList<>()).add(window);
                    berth.computeIfAbsent(image, key -> new ArrayList<>()).add(app);
                }
                System.out.printf("%,d containers, %s, round %d: bare window %.0f ms (JVM %.0f), Berth %.0f ms "
                                + "(JVM %.0f)%n", containers, image.getFileName(), round, window.wallMs(),
                        window.inProcessMs(), app.wallMs(), app.inProcessMs());
            }
            double psMs = StartupLaunch.dockerPs();
            if (round > 0) {
                ps.add(psMs);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Path image : images) {
            List<StartupLaunch.Timing> app = berth.get(image);
            List<StartupLaunch.Timing> window = bare.get(image);
            rows.add(new Row(image.toString(), containers, median(walls(app)), median(jvm(app)),
                    median(walls(window)), median(jvm(window)), median(ps)));
        }
        return rows;
    }

    private static List<Double> walls(List<StartupLaunch.Timing> timings) {
        return timings.stream().map(StartupLaunch.Timing::wallMs).toList();
    }

    private static List<Double> jvm(List<StartupLaunch.Timing> timings) {
        return timings.stream().map(StartupLaunch.Timing::inProcessMs).toList();
    }

    /** Creates that many labelled containers from four threads; answers how many it made. */
    private static int create(TestEngine engine, int count) throws Exception {
        if (count <= 0) {
            return 0;
        }
        System.out.printf("Creating %,d containers%n", count);
        DockerClient client = engine.client();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = TestEngine.uniqueName("startup");
                made.add(workers.submit(() -> engine.createContainer(name, "true")));
            }
            for (Future<String> each : made) {
                each.get();
            }
        } finally {
            workers.shutdownNow();
        }
        return count;
    }

    /** Removes what {@link #create} made, from four threads, whatever happened before. */
    private static void removeAll(TestEngine engine) throws Exception {
        List<String> ids = engine.labelledContainers().stream()
                .filter(container -> Arrays.stream(container.getNames())
                        .anyMatch(name -> name.startsWith("/berth-test-startup-")))
                .map(com.github.dockerjava.api.model.Container::getId).toList();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> removed = new ArrayList<>();
            for (String id : ids) {
                removed.add(workers.submit(() -> engine.removeQuietly(id)));
            }
            for (Future<?> each : removed) {
                each.get();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static void print(List<Row> rows) {
        System.out.println();
        System.out.printf("Medians of %d launches each, interleaved; ms from process start (the JVM's own figure in "
                + "brackets)%n", LAUNCHES);
        System.out.println("| Image | Containers | Berth, list filled | Bare window | docker ps -a | Ratio | Target |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        for (Row row : rows) {
            System.out.printf("| %s | %,d | %.0f (%.0f) | %.0f (%.0f) | %.0f | %.2f× | ≤ %.1f×: %s |%n", row.image(),
                    row.containers(), row.berthWall(), row.berthListJvm(), row.bareWall(), row.bareJvm(),
                    row.dockerPs(), row.ratio(), TARGET_RATIO, row.ratio() <= TARGET_RATIO ? "met" : "not met");
        }
    }
}
