package dev.berth.bench;

import dev.berth.daemon.DockerEngineGateway;
import dev.berth.events.EventsView;
import dev.berth.events.EventsViewModel;
import dev.berth.events.FeedEntry;
import dev.berth.events.NotificationSettings;
import dev.berth.testing.NoNavigation;
import dev.berth.testing.TestEngine;
import dev.berth.ui.Theme;
import dev.berth.ui.concurrent.PulseExecutor;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.prefs.Preferences;

import static dev.berth.bench.BenchSupport.await;
import static dev.berth.bench.BenchSupport.median;
import static dev.berth.testing.FxThread.onFx;

/**
 * How the Events section copes with a burst: 500 containers created and removed from four threads (1,000 events)
 * while the real Events view shows the feed in a window. It prints how many of the burst's events reached the feed
 * (all of them, or the gateway lost some), and the FX thread's stalls during the burst: a probe posts
 * {@code Platform.runLater} every 5 ms and records how long each waited, an {@code AnimationTimer} records the gaps
 * between pulses. The baseline, measured in the same run just before each burst: the same burst and the same probe
 * while the window shows nothing (no Events view, no feed): what the FX thread waits on this machine anyway while
 * dockerd and containerd create and remove 500 containers.
 *
 * <pre>DISPLAY=:99 ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.berth.bench.EventBurstBenchmark</pre>
 * It runs with the app's JVM options (the pom's {@code app.jvm.*}).
 * Fewer repetitions: {@code -Dbench.runs=1} among {@code bench.jvmArgs}; another burst: {@code -Dbench.burst=200}.
 */
public final class EventBurstBenchmark {
    static final int CONTAINERS = Integer.getInteger("bench.burst", 500);
    static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final long PROBE_PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final double TARGET_STALL_MS = 50;
    /** Quiet before each burst, so the one before it has settled (its samples are left out). */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private EventBurstBenchmark() {
    }

    /** Stall statistics of one phase, in milliseconds. */
    record Stalls(double max, double p99, int overTarget, int samples, double pulseGapMax) {
        static Stalls of(long[] waits, long[] gaps) {
            long[] sorted = waits.clone();
            Arrays.sort(sorted);
            double max = sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
            double p99 = sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)] / 1e6;
            int over = (int) Arrays.stream(sorted).filter(nanos -> nanos > TARGET_STALL_MS * 1e6).count();
            double gapMax = Arrays.stream(gaps).max().orElse(0) / 1e6;
            return new Stalls(max, p99, over, sorted.length, gapMax);
        }
    }

    /**
     * @param work the FX thread's own time in each batch the feed took in (model, filter, table rows), without the
     *             waiting for a core that the stalls include
     */
    record Run(int made, int reached, double burstSeconds, Stalls baseline, Stalls burst, Stalls work, Cpu cpu) {
    }

    /**
     * CPU time of the FX thread and of the renderer during a burst, in milliseconds: the work the view made,
     * which unlike the stalls does not depend on how busy the other core is.
     */
    record Cpu(double fx, double renderer) {
    }

    public static void main(String[] args) throws Exception {
        List<Run> runs = new ArrayList<>();
        Preferences prefs = Preferences.userRoot().node("dev/berth-bench/notifications-" + System.nanoTime());
        ExecutorService io = Executors.newSingleThreadExecutor();
        try (TestEngine engine = TestEngine.connect(); DockerEngineGateway gateway = BenchSupport.appGateway()) {
            Stage stage = startFx();
            for (int i = 1; i <= RUNS; i++) {
                Stalls baseline = burstWithoutView(engine, stage);
                Run run = measure(engine, gateway, stage, prefs, io, baseline);
                System.out.printf(Locale.ROOT, "burst %d: %d of %d events reached the feed in %.1f s; FX stall max "
                                + "%.1f ms p99 %.1f ms (%d of %d probes over %.0f ms), pulse gap max %.1f ms; "
                                + "baseline (same burst, no view) max %.1f ms p99 %.1f ms; FX work per batch max %.2f ms p99 %.2f ms (%d "
                                + "batches); CPU: FX thread %.0f ms, renderer %.0f ms%n", i, run.reached, 2 * run.made,
                        run.burstSeconds, run.burst.max, run.burst.p99, run.burst.overTarget, run.burst.samples,
                        TARGET_STALL_MS, run.burst.pulseGapMax, run.baseline.max, run.baseline.p99, run.work.max,
                        run.work.p99, run.work.samples, run.cpu.fx, run.cpu.renderer);
                runs.add(run);
            }
        } finally {
            Platform.exit();
            io.shutdownNow();
            prefs.removeNode();
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "events reaching the feed       %s of %d per burst (lost: %d in all)%n",
                runs.stream().map(run -> String.valueOf(run.reached)).toList(), 2 * CONTAINERS,
                runs.stream().mapToInt(run -> 2 * run.made - run.reached).sum());
        System.out.printf(Locale.ROOT, "burst duration                 %.1f s median (%.0f events/s)%n",
                median(runs.stream().map(Run::burstSeconds).toList()),
                2 * CONTAINERS / median(runs.stream().map(Run::burstSeconds).toList()));
        System.out.printf(Locale.ROOT, "FX stall during the burst      max %.1f ms  p99 %.1f ms  (median of %d runs; "
                        + "target %.0f ms)%n", median(runs.stream().map(run -> run.burst.max).toList()),
                median(runs.stream().map(run -> run.burst.p99).toList()), runs.size(), TARGET_STALL_MS);
        double baselineMax = median(runs.stream().map(run -> run.baseline.max).toList());
        double baselineP99 = median(runs.stream().map(run -> run.baseline.p99).toList());
        System.out.printf(Locale.ROOT, "baseline: same burst, no view  max %.1f ms  p99 %.1f ms  (Berth/baseline: max "
                        + "%.2f, p99 %.2f)%n", baselineMax, baselineP99,
                median(runs.stream().map(run -> run.burst.max).toList()) / baselineMax,
                median(runs.stream().map(run -> run.burst.p99).toList()) / baselineP99);
        System.out.printf(Locale.ROOT, "FX work per batch              max %.2f ms  p99 %.2f ms%n",
                median(runs.stream().map(run -> run.work.max).toList()),
                median(runs.stream().map(run -> run.work.p99).toList()));
        System.out.printf(Locale.ROOT, "CPU during the burst           FX thread %.0f ms, renderer %.0f ms (median)%n",
                median(runs.stream().map(run -> run.cpu.fx).toList()),
                median(runs.stream().map(run -> run.cpu.renderer).toList()));
        System.out.printf(Locale.ROOT, "pulse gaps during the burst    max %.1f ms%n",
                median(runs.stream().map(run -> run.burst.pulseGapMax).toList()));
        System.out.println("JVM options                    " + BenchSupport.jvmOptions());
    }

    /** The baseline: the probe during a burst while the window shows nothing. */
    private static Stalls burstWithoutView(TestEngine engine, Stage stage) throws Exception {
        onFx(() -> {
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 1180, 720));
            stage.show();
            return null;
        });
        Probe probe = new Probe();
        probe.start();
        Thread.sleep(SETTLE.toMillis());
        probe.take();
        engine.createAndRemoveContainers("berth-bench-floor-" + UUID.randomUUID().toString().substring(0, 8),
                CONTAINERS);
        Stalls stalls = probe.take();
        probe.stop();
        return stalls;
    }

    private static Run measure(TestEngine engine, DockerEngineGateway gateway, Stage stage, Preferences prefs,
                               ExecutorService io, Stalls baseline) throws Exception {
        PulseExecutor feeds = new PulseExecutor(EventsViewModel.FEED_INTERVAL); // as the app makes it
        List<Long> work = new ArrayList<>(); // FX thread only
        EventsViewModel model = new EventsViewModel(gateway, task -> feeds.execute(() -> {
            long start = System.nanoTime();
            task.run();
            work.add(System.nanoTime() - start);
        }), io, new NoNavigation());
        onFx(() -> {
            model.open();
            Scene scene = new Scene(new EventsView(model, new NotificationSettings(prefs)), 1180, 720);
            scene.getStylesheets().add(Theme.BERTH_CSS);
            stage.setScene(scene);
            stage.show();
            return null;
        });
        await(() -> onFx(() -> !model.replayingProperty().get()), Duration.ofSeconds(15), "the opening replay");
        Probe probe = new Probe();
        probe.start();
        Thread.sleep(SETTLE.toMillis());
        probe.take();
        onFx(() -> {
            work.clear();
            return null;
        });
        String prefix = "berth-bench-burst-" + UUID.randomUUID().toString().substring(0, 8);
        long started = System.nanoTime();
        long fxCpu = onFx(BenchSupport::threadCpu);
        long renderCpu = BenchSupport.renderThreadCpu();
        int made = engine.createAndRemoveContainers(prefix, CONTAINERS);
        await(() -> reached(model, prefix) >= 2 * made, Duration.ofSeconds(20), "the burst's events");
        double seconds = (System.nanoTime() - started) / 1e9;
        Cpu used = new Cpu((onFx(BenchSupport::threadCpu) - fxCpu) / 1e6,
                (BenchSupport.renderThreadCpu() - renderCpu) / 1e6);
        Stalls burst = probe.take();
        probe.stop();
        Stalls batches = onFx(() -> Stalls.of(work.stream().mapToLong(Long::longValue).toArray(), new long[0]));
        int reached = reached(model, prefix);
        onFx(() -> {
            model.close();
            return null;
        });
        return new Run(made, reached, seconds, baseline, burst, batches, used);
    }

    /** The feed's events about the burst's containers (their names carry its prefix). */
    private static int reached(EventsViewModel model, String prefix) throws Exception {
        return onFx(() -> (int) model.visibleItems().stream().filter(item -> item instanceof FeedEntry.Event event
                && event.event().actorName().startsWith(prefix)).count());
    }

    private static Stage startFx() throws Exception {
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            throw new IllegalStateException("No display: run with DISPLAY=:99 (Xvfb) or headless Monocle");
        }
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        return onFx(() -> {
            Theme.LIGHT.apply(Map.of());
            Stage stage = new Stage();
            stage.setTitle("Berth event burst benchmark");
            return stage;
        });
    }

    /** Posts a task to the FX thread every 5 ms that records how long it waited; a pulse timer records the gaps. */
    static final class Probe {
        private final List<Long> waits = new ArrayList<>();
        private final List<Long> gaps = new ArrayList<>();
        private final AnimationTimer pulses = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    gaps.add(now - last);
                }
                last = now;
            }
        };
        private volatile boolean running;
        private Thread thread;

        void start() throws Exception {
            onFx(() -> {
                pulses.start();
                return null;
            });
            running = true;
            thread = new Thread(() -> {
                long next = System.nanoTime();
                while (running) {
                    long posted = System.nanoTime();
                    Platform.runLater(() -> waits.add(System.nanoTime() - posted));
                    next += PROBE_PERIOD_NANOS;
                    long sleep = next - System.nanoTime();
                    if (sleep > 0) {
                        LockSupport.parkNanos(sleep);
                    } else {
                        next = System.nanoTime(); // late: no burst of probes to catch up
                    }
                }
            }, "bench-fx-probe");
            thread.setDaemon(true);
            thread.start();
        }

        /** The stalls since the last take, read on the FX thread. */
        Stalls take() throws Exception {
            return onFx(() -> {
                Stalls stalls = Stalls.of(waits.stream().mapToLong(Long::longValue).toArray(),
                        gaps.stream().mapToLong(Long::longValue).toArray());
                waits.clear();
                gaps.clear();
                return stalls;
            });
        }

        void stop() throws Exception {
            running = false;
            thread.join();
            onFx(() -> {
                pulses.stop();
                return null;
            });
        }
    }
}
