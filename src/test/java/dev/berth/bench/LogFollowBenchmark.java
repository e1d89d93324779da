package dev.berth.bench;

import dev.berth.daemon.DockerEngineGateway;
import dev.berth.daemon.logs.LogLine;
import dev.berth.logs.LogView;
import dev.berth.logs.LogViewModel;
import dev.berth.testing.ManualScheduler;
import dev.berth.testing.TestEngine;
import dev.berth.ui.Theme;
import dev.berth.ui.concurrent.PulseExecutor;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static dev.berth.testing.FxThread.onFx;

/**
 * How the real log view copes with a container that writes fast: the longest stalls of the FX thread while a
 * followed stream of about 50,000 lines/s (1,000,000 lines in 20 s) pours into a {@link LogView} with the default
 * 100,000-line buffer, opened as the app opens it ({@link LogViewModel#open()}, the default range, Follow on, a
 * {@link PulseExecutor} as the UI executor, {@link DockerEngineGateway#forThisMachine()} as the gateway). A
 * benchmark, not a test: it prints measurements and asserts nothing but that every line arrived.
 * <p>
 * Each run makes a labelled busybox container that waits 3 s (the view opens meanwhile) and then writes numbered
 * 80-byte lines paced by the kernel's clock ({@code /proc/uptime}) at the target rate, in chunks every 5-10 ms. While
 * it runs:
 * <ul>
 *   <li>a probe thread posts {@code Platform.runLater} every 5 ms with the time it posted; the FX thread records how
 *       long each waited. That wait is the longest anything (a click, a key) would have waited: the stall;</li>
 *   <li>an {@code AnimationTimer} records the gap between pulses (16.7 ms when the FX thread keeps up), how far
 *       the newest line shown is behind the engine's timestamp of it, and, from the kernel
 *       ({@code /proc/thread-self/schedstat}), how long within each gap the FX thread ran (the view's own work) and
 *       how long it was ready but waited for a core (the machine was busy: dockerd, the writer, Berth's reader
 *       thread, other processes);</li>
 *   <li>the JVM's garbage collections are counted, with the longest.</li>
 * </ul>
 * Samples count from 2 s after the first line arrived (warm-up) until the last line arrived. The rate the engine
 * actually took the lines at comes from the engine's own timestamps of line 1 and line N. Runs 3 times (a fresh
 * container and a fresh view each time) and prints the medians; the container is removed after each run.
 * <p>
 * The baseline, measured in the same program run and interleaved with it: the same writer followed by the CLI
 * ({@code docker logs --follow --timestamps <id> > /dev/null}, started by this JVM, so in its scheduling group as
 * Berth's reader is) while the FX thread shows an empty window and does nothing but answer the probe. Its stalls
 * are what any JavaFX window waits on this machine while dockerd, the writer and a follower share its cores: the
 * floor no log view can go under. Leave it out with {@code -Dbench.follow.baseline=false}.
 * <p>
 * It needs a display: {@code DISPLAY=:99} (an Xvfb, GTK as in the app), or headless Monocle with
 * {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw} in {@code bench.jvmArgs}.
 * <p>
 * {@link LogIngestBenchmark} runs this after its own measurements and prints both in one table (the usual way).
 * On its own:
 * <pre>DISPLAY=:99 ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.berth.bench.LogFollowBenchmark</pre>
 * It runs with the app's JVM options (the pom's {@code app.jvm.*}).
 * Tunables (in {@code bench.jvmArgs}): {@code -Dbench.follow.rate=50000} lines/s, {@code -Dbench.follow.seconds=20},
 * {@code -Dbench.runs=3}.
 */
public final class LogFollowBenchmark {
    static final int RATE = Integer.getInteger("bench.follow.rate", 50_000);
    static final int SECONDS = Integer.getInteger("bench.follow.seconds", 20);
    static final int RUNS = Integer.getInteger("bench.runs", 3);
    static final boolean BASELINE = Boolean.parseBoolean(System.getProperty("bench.follow.baseline", "true"));
    static final int LINES = RATE * SECONDS;
    static final long WARM_UP_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long PROBE_PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final double TARGET_STALL_MS = 50;
    private static final BenchSupport.GcWatch GC = new BenchSupport.GcWatch();
    private static volatile boolean fxStarted;

    /**
     * Numbered lines of 80 bytes ({@code 0000001 xxx…}, seven digits, a space, 71 letters and the newline), as many
     * as the clock says are due since the start, so the rate holds however long each chunk took to write.
     */
    private static final String WRITER = writer(RATE, LINES);

    /**
     * A busybox shell script writing {@code total} numbered lines at {@code rate} lines/s after a 3 s wait (see
     * {@link #WRITER}); other benchmarks write their logs with it too.
     */
    static String writer(int rate, int total) {
        return """
            x=%s; rate=%d; total=%d
            sleep 3
            read u _ < /proc/uptime; t0=${u%%.*}${u#*.}; n=0
            while [ $n -lt $total ]; do
              read u _ < /proc/uptime; due=$(( (${u%%.*}${u#*.} - t0) * rate / 100 ))
              [ $due -gt $total ] && due=$total
              if [ $due -gt $n ]; then
                awk -v a=$((n + 1)) -v b=$due -v x=$x 'BEGIN { for (i = a; i <= b; i++) printf "%%07d %%s\\n", i, x }'
                n=$due
              else
                usleep 5000
              fi
            done
            """.formatted("x".repeat(71), rate, total);
    }

    private LogFollowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSupport.MemorySampler memory = new BenchSupport.MemorySampler();
        Result result;
        try (TestEngine engine = TestEngine.connect(); DockerEngineGateway gateway = BenchSupport.appGateway()) {
            memory.start();
            result = measure(gateway, engine, memory);
            memory.stop();
        } finally {
            exitFx();
        }
        System.out.println();
        result.print();
        System.out.printf(Locale.ROOT, "peak heap used                 %6.0f MB  (%s)%n",
                BenchSupport.mb(memory.peakHeap()), BenchSupport.gcAndHeap());
        System.out.printf(Locale.ROOT, "peak RSS (VmHWM)               %6.0f MB  (now VmRSS %.0f MB; peak %s)%n",
                result.peakRssKb / 1024.0, BenchSupport.statusKb("VmRSS") / 1024.0, memory.peakRssPhase());
        System.out.println("JVM options                    " + BenchSupport.jvmOptions());
        BenchSupport.printNativeMemory();
    }

    /** One stall statistic, in milliseconds. */
    record Stat(double max, double p99, int samples) {
        static Stat of(long[] nanos, int count) {
            if (count == 0) {
                return new Stat(Double.NaN, Double.NaN, 0);
            }
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            int p99 = (int) Math.ceil(count * 0.99) - 1;
            return new Stat(sorted[count - 1] / 1e6, sorted[p99] / 1e6, count);
        }
    }

    /** Ends the FX toolkit if it was started ({@code Platform.exit} waits forever for one that failed to start). */
    static void exitFx() {
        if (fxStarted) {
            Platform.exit();
        }
    }

    /** What one run measured. */
    record Run(double engineRate, double arrivalRate, Stat stall, Stat pulseGap, Stat lag, double stallWithWarmUp,
               int stallsOverTarget, double berthCpu, double engineCpu, double fxCpu, double renderCpu,
               double seconds, Stat busy, double[] longestGap, double[] fxTotals, long[] gc, String load) {
        /** The FX thread's CPU per frame on average while streaming, in ms. */
        double meanFrameCpu() {
            return busy.samples == 0 ? Double.NaN : 1000 * fxTotals[0] / busy.samples;
        }
    }

    /** The runs (and the baseline's, empty when it was left out), and their medians. */
    record Result(List<Run> runs, List<Run> baseline, String toolkit, long viewHeap, long heapWithView,
                  long peakRssKb) {
        double median(java.util.function.ToDoubleFunction<Run> value) {
            return median(runs, value);
        }

        static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
            return BenchSupport.median(runs.stream().map(run -> value.applyAsDouble(run)).toList());
        }

        double worst(java.util.function.ToDoubleFunction<Run> value) {
            return runs.stream().mapToDouble(value).max().orElse(Double.NaN);
        }

        void print() {
            System.out.printf(Locale.ROOT, "followed stream                %,d lines at %,d lines/s asked, into "
                    + "LogView (%s)%n", LINES, RATE, toolkit);
            System.out.println("scheduling groups              " + BenchSupport.schedulingGroups());
            System.out.printf(Locale.ROOT, "engine took lines at           %,10.0f lines/s  (median of %d; engine "
                    + "timestamps of line 1 and N)%n", median(Run::engineRate), runs.size());
            System.out.printf(Locale.ROOT, "view received lines at         %,10.0f lines/s%n",
                    median(Run::arrivalRate));
            System.out.printf(Locale.ROOT, "FX stall (runLater probe)      max %5.1f ms  p99 %5.1f ms  (worst run max "
                    + "%.1f ms; with warm-up %.1f ms)%n", median(run -> run.stall.max), median(run -> run.stall.p99),
                    worst(run -> run.stall.max), median(Run::stallWithWarmUp));
            System.out.printf(Locale.ROOT, "pulse gaps (AnimationTimer)    max %5.1f ms  p99 %5.1f ms  (in the longest "
                    + "the FX thread ran %.1f ms and waited for a core %.1f ms)%n", median(run -> run.pulseGap.max),
                    median(run -> run.pulseGap.p99), median(run -> run.longestGap[0]),
                    median(run -> run.longestGap[1]));
            System.out.printf(Locale.ROOT, "GC while streaming             longest %4.0f ms  (%.0f collections, %.0f "
                    + "ms in all)%n", median(run -> run.gc[1]), median(run -> run.gc[0]), median(run -> run.gc[2]));
            System.out.printf(Locale.ROOT, "FX thread CPU per frame        max %5.1f ms  p99 %5.1f ms  (the work; the "
                    + "rest of a stall is waiting for a core)%n", median(run -> run.busy.max),
                    median(run -> run.busy.p99));
            System.out.printf(Locale.ROOT, "newest line shown behind engine max %5.0f ms  p99 %5.0f ms%n",
                    median(run -> run.lag.max), median(run -> run.lag.p99));
            System.out.printf(Locale.ROOT, "heap kept by one full log view %6.1f MB  (%,d lines; heap in use after GC "
                    + "with it: %.0f MB)%n", BenchSupport.mb(viewHeap), 100_000, BenchSupport.mb(heapWithView));
            System.out.printf(Locale.ROOT, "CPU while following            Berth %.0f%% of a core (FX thread %.0f%%, "
                    + "renderer %.0f%%), dockerd %.0f%%%n", median(run -> 100 * run.berthCpu / run.seconds),
                    median(run -> 100 * run.fxCpu / run.seconds), median(run -> 100 * run.renderCpu / run.seconds),
                    median(run -> 100 * run.engineCpu / run.seconds));
            if (baseline.isEmpty()) {
                return;
            }
            System.out.printf(Locale.ROOT, "baseline: the CLI follows the same writer and the FX thread only answers "
                    + "the probe, medians of %d runs interleaved with the above:%n", baseline.size());
            compare("FX stall (runLater probe) max", run -> run.stall.max);
            compare("FX stall (runLater probe) p99", run -> run.stall.p99);
            compare("pulse gap max", run -> run.pulseGap.max);
            compare("FX thread waited for a core s", run -> run.fxTotals[1]);
            compare("follower CPU, % of a core", run -> 100 * run.berthCpu / run.seconds);
            compare("dockerd CPU, % of a core", run -> 100 * run.engineCpu / run.seconds);
        }

        private void compare(String what, java.util.function.ToDoubleFunction<Run> value) {
            double berth = median(runs, value);
            double cli = median(baseline, value);
            System.out.printf(Locale.ROOT, "  %-30s Berth %,9.1f  baseline %,9.1f  (Berth/baseline %.2f)%n", what,
                    berth, cli, berth / cli);
        }
    }

    /** Starts the FX toolkit if needed, follows {@link #RUNS} writers into a fresh log view each, and answers. */
    static Result measure(DockerEngineGateway gateway, TestEngine engine, BenchSupport.MemorySampler memory)
            throws Exception {
        memory.phase("JavaFX start-up");
        Stage stage = startFx();
        String toolkit = toolkit();
        System.out.printf(Locale.ROOT, "FX toolkit: %s; following %,d lines at %,d lines/s, %d runs%n", toolkit,
                LINES, RATE, RUNS);
        ExecutorService io = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "bench-log-io");
            thread.setDaemon(true);
            return thread;
        });
        List<Run> runs = new ArrayList<>();
        List<Run> baseline = new ArrayList<>();
        try {
            for (int round = 1; round <= (BASELINE ? 2 * RUNS : RUNS); round++) {
                boolean before = BASELINE && round % 2 == 1;
                int run = BASELINE ? (round + 1) / 2 : round;
                String label = before ? "baseline " + run : "follow " + run;
                memory.phase(label);
                Run result = before ? followByCli(engine, stage) : follow(gateway, engine, stage, io);
                (before ? baseline : runs).add(result);
                System.out.printf(Locale.ROOT, "%s: engine %,.0f lines/s, view %,.0f lines/s; FX stall max "
                        + "%.1f ms p99 %.1f ms (%d samples, %d over %.0f ms; with warm-up %.1f ms); GC: %d "
                        + "collections, longest %d ms, %d ms in all; load %s; RSS now %.0f MB, heap committed %.0f "
                        + "MB%n", label,
                        result.engineRate, result.arrivalRate, result.stall.max, result.stall.p99,
                        result.stall.samples, result.stallsOverTarget, TARGET_STALL_MS, result.stallWithWarmUp,
                        result.gc[0], result.gc[1], result.gc[2], result.load, BenchSupport.statusKb("VmRSS") / 1024.0,
                        BenchSupport.mb(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted()));
                System.out.printf(Locale.ROOT, "          pulse gap max %.1f ms p99 %.1f ms; in the longest the FX "
                        + "thread ran %.1f ms and waited for a core %.1f ms; per frame it ran max %.1f ms p99 %.1f ms "
                        + "mean %.1f ms; "
                        + "streaming it ran %.1f s and waited for a core %.1f s; view behind max %.0f ms; CPU in "
                        + "%.0f s: Berth %.1f s (FX thread %.1f s, renderer %.1f s), dockerd %.1f s%n",
                        result.pulseGap.max,
                        result.pulseGap.p99, result.longestGap[0], result.longestGap[1], result.busy.max,
                        result.busy.p99, result.meanFrameCpu(), result.fxTotals[0], result.fxTotals[1], result.lag.max,
                        result.seconds,
                        result.berthCpu, result.fxCpu, result.renderCpu, result.engineCpu);
            }
            memory.phase("after following");
        } finally {
            io.shutdownNow();
        }
        long peakRssKb = BenchSupport.statusKb("VmHWM"); // before the collections below, which are not the app's
        // what one log view holding a full buffer keeps on the heap: the app keeps one per open log tab
        memory.phase("System.gc() to measure a view's heap");
        long withView = heapAfterGc();
        onFx(() -> {
            stage.hide();
            stage.setScene(null);
            return null;
        });
        long withoutView = heapAfterGc();
        return new Result(runs, baseline, toolkit, withView - withoutView, withView, peakRssKb);
    }

    private static Stage startFx() throws Exception {
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            throw new IllegalStateException("No display: run with DISPLAY=:99 (Xvfb) or headless Monocle "
                    + "(-Dbench.jvmArgs=\"-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw\")");
        }
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // started by an earlier measurement
        }
        fxStarted = true;
        Platform.setImplicitExit(false);
        return onFx(() -> {
            Theme.LIGHT.apply(Map.of()); // as the app does before it shows its window
            Stage stage = new Stage();
            stage.setTitle("Berth log follow benchmark");
            return stage;
        });
    }

    /** "GTK, DISPLAY=:99, prism SWPipeline". */
    private static String toolkit() {
        String glass = System.getProperty("glass.platform");
        String platform = glass == null ? "GTK, DISPLAY=" + System.getenv("DISPLAY")
                : glass + " " + System.getProperty("monocle.platform", "");
        try {
            Object pipeline = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
            return platform + ", prism " + (pipeline == null ? "?" : pipeline.getClass().getSimpleName());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError hidden) {
            return platform + ", prism.order=" + System.getProperty("prism.order", "default");
        }
    }

    private static Run follow(DockerEngineGateway gateway, TestEngine engine, Stage stage, ExecutorService io)
            throws Exception {
        String id = engine.createContainer(TestEngine.uniqueName("bench-follow"), "sh", "-c", WRITER);
        Watch watch = new Watch();
        Probe probe = new Probe(watch);
        LogViewModel model = null;
        try {
            LogViewModel opened = onFx(() -> {
                PulseExecutor pulse = new PulseExecutor(PulseExecutor.FEED_INTERVAL); // as the app makes it
                LogViewModel viewModel = new LogViewModel(gateway.containers(), id, "bench-follow", pulse, io,
                        new ManualScheduler()); // the followed stream is not cut
                LogView view = new LogView(viewModel);
                Scene scene = new Scene(view, 1180, 720);
                scene.getStylesheets().add(Theme.BERTH_CSS);
                stage.setScene(scene);
                stage.show();
                watch.lines = viewModel.lines();
                watch.kept = viewModel.lineCountProperty();
                watch.dropped = viewModel.droppedProperty();
                watch.start();
                return viewModel;
            });
            model = opened;
            probe.start();
            double berthCpu = BenchSupport.processCpu();
            double engineCpu = BenchSupport.engineCpu();
            long fxCpu = onFx(BenchSupport::threadCpu);
            long renderCpu = BenchSupport.renderThreadCpu();
            long started = System.nanoTime();
            String load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
            engine.client().startContainerCmd(id).exec();
            onFx(() -> {
                opened.open(); // as LogTabs does once the tab is shown
                return null;
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3L * SECONDS + 60);
            long quietSince = System.nanoTime();
            long seen = -1;
            while (true) {
                Thread.sleep(200);
                long total = watch.total;
                if (total >= LINES) {
                    break;
                }
                if (total != seen) {
                    seen = total;
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince > TimeUnit.SECONDS.toNanos(10) && !engine.isRunning(id)) {
                    throw new IllegalStateException("The writer exited but the view has " + total + " of " + LINES
                            + " lines");
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Gave up: the view has " + total + " of " + LINES + " lines");
                }
            }
            Thread.sleep(100); // a few probe samples after the last line
            probe.stop();
            berthCpu = BenchSupport.processCpu() - berthCpu;
            engineCpu = BenchSupport.engineCpu() - engineCpu;
            double cpuBerth = berthCpu;
            double cpuEngine = engineCpu;
            double cpuFx = (onFx(BenchSupport::threadCpu) - fxCpu) / 1e9;
            double cpuRender = (BenchSupport.renderThreadCpu() - renderCpu) / 1e9;
            double wall = BenchSupport.seconds(System.nanoTime() - started);
            return onFx(() -> {
                watch.stop();
                LogLine last = watch.lines.get(watch.lines.size() - 1);
                String expected = String.format(Locale.ROOT, "%07d ", LINES);
                if (!watch.firstText.startsWith(String.format(Locale.ROOT, "%07d ", 1))
                        || !last.text().startsWith(expected) || watch.total != LINES) {
                    throw new IllegalStateException("Expected lines 1.." + LINES + " once each, got " + watch.total
                            + " from \"" + watch.firstText + "\" to \"" + last.text() + "\"");
                }
                long from = watch.firstArrival + WARM_UP_NANOS;
                long to = watch.lastArrival;
                double engineSeconds = Duration.between(watch.firstTime, last.time()).toNanos() / 1e9;
                return new Run((LINES - 1) / engineSeconds,
                        LINES / BenchSupport.seconds(watch.lastArrival - watch.firstArrival),
                        probe.stat(from, to), watch.gaps.stat(from, to), watch.lags.stat(from, to),
                        probe.stat(0, Long.MAX_VALUE).max, probe.over(from, to, TARGET_STALL_MS),
                        cpuBerth, cpuEngine, cpuFx, cpuRender, wall, watch.gapCpu.stat(from, to),
                        watch.longestGap(from, to), watch.totals(from, to), GC.between(from, to), load);
            });
        } finally {
            probe.stop();
            LogViewModel closing = model;
            onFx(() -> {
                watch.stop();
                if (closing != null) {
                    closing.close(); // as closing the tab does
                }
                return null;
            });
            engine.removeCreated();
        }
    }

    /**
     * The baseline: the same writer followed by {@code docker logs --follow --timestamps} into /dev/null while the
     * FX thread shows an empty window. Samples count from 2 s after the writer's first line is due (it waits 3 s
     * after its start) until the CLI has read the whole log and exited.
     */
    private static Run followByCli(TestEngine engine, Stage stage) throws Exception {
        String id = engine.createContainer(TestEngine.uniqueName("bench-follow-cli"), "sh", "-c", WRITER);
        Watch watch = new Watch();
        Probe probe = new Probe(watch);
        Process cli = null;
        try {
            onFx(() -> {
                stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 1180, 720));
                stage.show();
                watch.start();
                return null;
            });
            probe.start();
            double berthCpu = BenchSupport.processCpu() + childrenCpu();
            double engineCpu = BenchSupport.engineCpu();
            long fxCpu = onFx(BenchSupport::threadCpu);
            long renderCpu = BenchSupport.renderThreadCpu();
            String load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
            long started = System.nanoTime();
            engine.client().startContainerCmd(id).exec();
            cli = new ProcessBuilder("docker", "-H", TestEngine.HOST, "logs", "--follow", "--timestamps", id)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            if (!cli.waitFor(3L * SECONDS + 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Gave up: docker logs --follow did not end");
            }
            long ended = System.nanoTime();
            Thread.sleep(100);
            probe.stop();
            double cpuBerth = BenchSupport.processCpu() + childrenCpu() - berthCpu;
            double cpuEngine = BenchSupport.engineCpu() - engineCpu;
            double cpuFx = (onFx(BenchSupport::threadCpu) - fxCpu) / 1e9;
            double cpuRender = (BenchSupport.renderThreadCpu() - renderCpu) / 1e9;
            double wall = BenchSupport.seconds(System.nanoTime() - started);
            return onFx(() -> {
                watch.stop();
                long from = started + TimeUnit.SECONDS.toNanos(3) + WARM_UP_NANOS;
                double seconds = BenchSupport.seconds(ended - started - TimeUnit.SECONDS.toNanos(3));
                return new Run(Double.NaN, LINES / seconds, probe.stat(from, ended), watch.gaps.stat(from, ended),
                        Stat.of(new long[0], 0), probe.stat(0, Long.MAX_VALUE).max,
                        probe.over(from, ended, TARGET_STALL_MS), cpuBerth, cpuEngine, cpuFx, cpuRender, wall,
                        watch.gapCpu.stat(from, ended), watch.longestGap(from, ended), watch.totals(from, ended),
                        GC.between(from, ended), load);
            });
        } finally {
            if (cli != null) {
                cli.destroyForcibly();
            }
            probe.stop();
            onFx(() -> {
                watch.stop();
                return null;
            });
            engine.removeCreated();
        }
    }

    /** CPU seconds of this JVM's ended child processes (the CLI), from the kernel's count for this process. */
    private static double childrenCpu() {
        try {
            return BenchSupport.cpuSeconds(java.nio.file.Path.of("/proc/self/stat"), 13, 14); // cutime + cstime
        } catch (java.io.IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    /** Samples of (when, how long) in nanoseconds; grown and read on the FX thread only. */
    private static final class Samples {
        private long[] at = new long[8192];
        private long[] value = new long[8192];
        private int count;

        void add(long when, long nanos) {
            if (count == at.length) {
                at = Arrays.copyOf(at, count * 2);
                value = Arrays.copyOf(value, count * 2);
            }
            at[count] = when;
            value[count++] = nanos;
        }

        private long[] between(long from, long to) {
            long[] chosen = new long[count];
            int n = 0;
            for (int i = 0; i < count; i++) {
                if (at[i] >= from && at[i] <= to) {
                    chosen[n++] = value[i];
                }
            }
            return Arrays.copyOf(chosen, n);
        }

        Stat stat(long from, long to) {
            long[] chosen = between(from, to);
            return Stat.of(chosen, chosen.length);
        }

        int over(long from, long to, double millis) {
            return (int) Arrays.stream(between(from, to)).filter(nanos -> nanos > millis * 1e6).count();
        }
    }

    /** Every 5 ms posts a task to the FX thread that records how long it waited to run. */
    private static final class Probe {
        private final Samples waits = new Samples();
        private final Watch watch;
        private volatile boolean running;
        private Thread thread;

        Probe(Watch watch) {
            this.watch = watch;
        }

        void start() {
            running = true;
            thread = new Thread(() -> {
                long next = System.nanoTime();
                while (running) {
                    long posted = System.nanoTime();
                    Platform.runLater(() -> {
                        if (watch.running) {
                            waits.add(posted, System.nanoTime() - posted);
                        }
                    });
                    next += PROBE_PERIOD_NANOS;
                    long sleep = next - System.nanoTime();
                    if (sleep > 0) {
                        LockSupport.parkNanos(sleep);
                    } else {
                        next = System.nanoTime(); // late (the machine is busy): no burst to catch up
                    }
                }
            }, "bench-fx-probe");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            if (thread != null) {
                thread.join();
            }
        }

        /** Read on the FX thread, after the probe stopped. */
        Stat stat(long from, long to) {
            return waits.stat(from, to);
        }

        int over(long from, long to, double millis) {
            return waits.over(from, to, millis);
        }
    }

    /**
     * On every pulse: the gap since the previous one, whether lines arrived, and how far the newest line shown is
     * behind the engine's timestamp of it. Lives on the FX thread; {@link #total} is read by the main thread.
     */
    private static final class Watch extends AnimationTimer {
        final Samples gaps = new Samples();
        /** The FX thread's CPU time within each gap (from the kernel's schedstat): the work it did. */
        final Samples gapCpu = new Samples();
        /** How long within each gap the FX thread was ready to run but waited for a core (other threads had them). */
        final Samples gapWait = new Samples();
        final Samples lags = new Samples();
        ObservableList<LogLine> lines;
        javafx.beans.value.ObservableLongValue kept;
        javafx.beans.value.ObservableLongValue dropped;
        volatile long total;
        volatile boolean running;
        long firstArrival;
        long lastArrival;
        Instant firstTime;
        String firstText;
        private long previous;
        private long previousCpu;
        private long previousWait;

        @Override
        public void start() {
            running = true;
            super.start();
        }

        @Override
        public void stop() {
            running = false;
            super.stop();
        }

        /** The FX thread's time on a core and waiting for one (ms) in the longest gap between pulses. */
        double[] longestGap(long from, long to) {
            int longest = -1;
            for (int i = 0; i < gaps.count; i++) {
                if (gaps.at[i] >= from && gaps.at[i] <= to && (longest < 0 || gaps.value[i] > gaps.value[longest])) {
                    longest = i;
                }
            }
            return longest < 0 ? new double[] {Double.NaN, Double.NaN}
                    : new double[] {gapCpu.value[longest] / 1e6, gapWait.value[longest] / 1e6};
        }

        /** Seconds the FX thread ran and waited for a core between these times. */
        double[] totals(long from, long to) {
            double ran = 0;
            double waited = 0;
            for (int i = 0; i < gaps.count; i++) {
                if (gaps.at[i] >= from && gaps.at[i] <= to) {
                    ran += gapCpu.value[i] / 1e9;
                    waited += gapWait.value[i] / 1e9;
                }
            }
            return new double[] {ran, waited};
        }

        @Override
        public void handle(long now) {
            long time = System.nanoTime();
            long[] sched = schedstat();
            if (previous != 0) {
                gaps.add(time, time - previous);
                gapCpu.add(time, sched[0] - previousCpu);
                gapWait.add(time, sched[1] - previousWait);
            }
            previous = time;
            previousCpu = sched[0];
            previousWait = sched[1];
            if (kept == null) {
                return; // the baseline: no log view
            }
            long lines = kept.get() + dropped.get();
            if (lines != total) {
                if (total == 0 && lines > 0) {
                    firstArrival = time;
                    LogLine first = this.lines.get(0);
                    firstTime = first.time();
                    firstText = first.text();
                }
                lastArrival = time;
                total = lines;
            }
            if (lines > 0 && lines < LINES) {
                Instant newest = this.lines.get(this.lines.size() - 1).time();
                lags.add(time, Math.max(0, Duration.between(newest, Instant.now()).toNanos()));
            }
        }
    }

    /**
     * The calling thread's time on a core and time ready but waiting for one, in nanoseconds, from the kernel
     * ({@code /proc/thread-self/schedstat}); zeros where that is not readable.
     */
    private static long[] schedstat() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/schedstat"))
                    .strip().split(" ");
            return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
        } catch (java.io.IOException | RuntimeException unreadable) {
            return new long[] {0, 0};
        }
    }

    /** The heap in use after a full collection (two, so that what the first one finalised is gone too). */
    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Runs this on the FX thread and waits for its answer. */}
