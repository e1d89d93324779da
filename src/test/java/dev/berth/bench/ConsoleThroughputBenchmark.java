package dev.berth.bench;

import dev.berth.console.ConsoleView;
import dev.berth.console.ConsoleViewModel;
import dev.berth.daemon.DockerEngineGateway;
import dev.berth.daemon.containers.ExecSpec;
import dev.berth.terminal.TerminalEmulator;
import dev.berth.testing.TestEngine;
import dev.berth.ui.Theme;
import dev.berth.ui.concurrent.PulseExecutor;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static dev.berth.testing.FxThread.onFx;

/**
 * End-to-end throughput of the console: {@code cat} of a 20 MB text file in a console (a real {@link ConsoleView}
 * in a shown window, its {@link ConsoleViewModel} on the app's gateway, the emulator fed off the FX thread and
 * painted once per frame), against {@code docker exec <c> cat FILE > /dev/null} measured in the same program run,
 * interleaved, and for reference {@code docker exec -t} (the same TTY in the container as the console's: the
 * kernel's pty is most of the difference) and the same bytes fed straight into an emulator. A benchmark, not a
 * test: it prints measurements.
 * <p>
 * The console's time runs from {@code start()} of an exec of {@code sh -c 'cat FILE; echo __done__'} until the
 * emulator holds the marker, so it includes the exec's start and every byte parsed, as the CLI's includes its own
 * start. While the console runs, a probe thread posts {@code Platform.runLater} every 5 ms and the FX thread
 * records how long each waited (the longest is the stall a key press would have seen). The heap in use after a
 * GC is read before the console opens and after it has shown the whole file, with the console still open: the
 * emulator keeps its screen and the scrollback's 10,000 lines, however much passed through.
 * <pre>DISPLAY=:99 ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.berth.bench.ConsoleThroughputBenchmark</pre>
 * Tunables (in {@code bench.jvmArgs}): {@code -Dbench.console.mb=20}, {@code -Dbench.runs=3}.
 */
public final class ConsoleThroughputBenchmark {
    private static final int MEGABYTES = Integer.getInteger("bench.console.mb", 20);
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final String FILE = "/tmp/console-bench.txt";
    private static final String MARKER = "__done__";
    private static final long PROBE_PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    /** Probes of the console runs that waited more than 50 ms, all runs together. */
    private static long overTarget;

    private ConsoleThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        ExecutorService parsing = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "berth-terminal");
            thread.setDaemon(true);
            return thread;
        });
        try (TestEngine engine = TestEngine.connect(); DockerEngineGateway gateway = BenchSupport.appGateway()) {
            String container = engine.runContainer(TestEngine.uniqueName("bench-console"));
            int lines = MEGABYTES * 1024 * 1024 / 80;
            engine.exec(container, "sh", "-c", "awk 'BEGIN { for (i = 1; i <= " + lines + "; i++) printf \"%07d "
                    + "%s\\n\", i, \"" + "x".repeat(71) + "\" }' > " + FILE);
            long bytes = Long.parseLong(engine.exec(container, "sh", "-c", "wc -c < " + FILE).trim());
            Stage stage = onFx(() -> {
                Theme.DARK.apply(Map.of());
                Stage window = new Stage();
                window.setTitle("console benchmark");
                window.show();
                return window;
            });
            byte[] crlf = new String(new ProcessBuilder("docker", "exec", container, "cat", FILE).start()
                    .getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            List<Double> cli = new ArrayList<>();
            List<Double> cliTty = new ArrayList<>();
            List<Double> model = new ArrayList<>();
            List<Double> stream = new ArrayList<>();
            List<Double> console = new ArrayList<>();
            List<Double> stalls = new ArrayList<>();
            List<Double> idleStalls = new ArrayList<>();
            long heapBefore = heapAfterGc();
            long heapWithConsole = 0;
            for (int run = 0; run < RUNS; run++) {
                Stall idle = new Stall();
                idle.start();
                cli.add(cliSeconds(container, false));
                idleStalls.add(idle.stop());
                cliTty.add(cliSeconds(container, true));
                model.add(modelSeconds(crlf));
                stream.add(streamSeconds(gateway, container));
                Stall stall = new Stall();
                ConsoleViewModel session = new ConsoleViewModel(gateway.containers(), container, "bench",
                        ConsoleViewModel.Kind.EXEC, new PulseExecutor(), parsing);
                session.commandProperty().set("sh -c 'cat " + FILE + "; echo " + MARKER + "'");
                onFx(() -> {
                    Scene scene = new Scene(new ConsoleView(session), 1000, 700);
                    scene.getStylesheets().add(Theme.BERTH_CSS);
                    stage.setScene(scene);
                    return null;
                });
                BenchSupport.await(() -> onFx(session::columns) != 80, Duration.ofSeconds(10), "the console's size");
                stall.start();
                long start = System.nanoTime();
                Platform.runLater(session::start);
                while (!shows(session.terminal(), MARKER)) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
                }
                console.add(BenchSupport.seconds(System.nanoTime() - start));
                stalls.add(stall.stop());
                heapWithConsole = Math.max(heapWithConsole, heapAfterGc());
                onFx(() -> {
                    session.close();
                    stage.setScene(new Scene(new Pane(), 1000, 700));
                    return null;
                });
            }
            double cliMedian = BenchSupport.median(cli);
            double consoleMedian = BenchSupport.median(console);
            System.out.println();
            System.out.printf(Locale.ROOT, "file                           %,d bytes of 80-byte lines (%d runs, "
                    + "medians)%n", bytes, RUNS);
            System.out.printf(Locale.ROOT, "docker exec cat > /dev/null    %6.2f s  (%s)%n", cliMedian, cli);
            System.out.printf(Locale.ROOT, "docker exec -t cat > /dev/null %6.2f s  (%s; the same TTY as the console)%n",
                    BenchSupport.median(cliTty), cliTty);
            System.out.printf(Locale.ROOT, "the gateway's exec stream alone %5.2f s  (a TTY exec's output counted, "
                    + "not shown)%n", BenchSupport.median(stream));
            System.out.printf(Locale.ROOT, "into the emulator alone        %6.2f s  (%.0f MB/s; the bytes the TTY sends, "
                    + "LF as CR LF)%n", BenchSupport.median(model), crlf.length / BenchSupport.median(model) / 1e6);
            System.out.printf(Locale.ROOT, "cat in Berth's console         %6.2f s  (%s)  %.0f MB/s%n", consoleMedian,
                    console, bytes / consoleMedian / 1e6);
            System.out.printf(Locale.ROOT, "ratio console / CLI            %6.2f   (target <= 1.5; %.2f against "
                    + "docker exec -t)%n", consoleMedian / cliMedian, consoleMedian / BenchSupport.median(cliTty));
            System.out.printf(Locale.ROOT, "FX stall while it ran          max %.1f ms  (worst run %.1f ms; target "
                    + "<= 50 ms)%n", BenchSupport.median(stalls), stalls.stream().mapToDouble(d -> d).max()
                    .orElse(Double.NaN));
            System.out.printf(Locale.ROOT, "probes that waited > 50 ms     %d in all %d runs%n", overTarget, RUNS);
            System.out.printf(Locale.ROOT, "FX stall, window idle          max %.1f ms  (while the CLI ran: the "
                    + "machine's floor)%n", BenchSupport.median(idleStalls));
            System.out.printf(Locale.ROOT, "heap in use after GC           %.0f MB before, %.0f MB with the console "
                    + "that showed the file%n", BenchSupport.mb(heapBefore), BenchSupport.mb(heapWithConsole));
            System.out.println("JVM options                    " + BenchSupport.jvmOptions());
            engine.removeCreated();
        } finally {
            parsing.shutdownNow();
            Platform.exit();
        }
    }

    private static boolean shows(TerminalEmulator terminal, String marker) {
        int top = terminal.scrollbackLines();
        return terminal.text(top, 0, top + terminal.rows() - 1, terminal.cols()).contains(marker);
    }

    private static double streamSeconds(DockerEngineGateway gateway, String container) throws Exception {
        AtomicLong received = new AtomicLong();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        long start = System.nanoTime();
        gateway.containers().exec(container, new ExecSpec(List.of("cat", FILE), "", "",
                        ConsoleViewModel.TERMINAL_ENV, true, 120, 40), bytes -> received.addAndGet(bytes.length),
                failure -> ended.complete(null)).get(30, TimeUnit.SECONDS);
        ended.get(60, TimeUnit.SECONDS);
        return BenchSupport.seconds(System.nanoTime() - start);
    }

    private static double modelSeconds(byte[] bytes) {
        TerminalEmulator terminal = new TerminalEmulator(120, 40);
        long start = System.nanoTime();
        for (int at = 0; at < bytes.length; at += 4096) {
            terminal.feed(bytes, at, Math.min(4096, bytes.length - at));
        }
        return BenchSupport.seconds(System.nanoTime() - start);
    }

    private static double cliSeconds(String container, boolean tty) throws Exception {
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(List.of("docker", "exec"));
        if (tty) {
            command.add("-t");
        }
        command.addAll(List.of(container, "cat", FILE));
        Process cat = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (cat.waitFor() != 0) {
            throw new IllegalStateException("docker exec cat failed: " + cat.exitValue());
        }
        return BenchSupport.seconds(System.nanoTime() - start);
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** How long runLater tasks posted every 5 ms wait for the FX thread: the longest, in ms. */
    private static final class Stall {
        private final AtomicLong longest = new AtomicLong();
        private final AtomicLong over = new AtomicLong();
        private volatile boolean running;
        private Thread probe;

        void start() {
            running = true;
            probe = new Thread(() -> {
                while (running) {
                    long posted = System.nanoTime();
                    Platform.runLater(() -> {
                        long waited = System.nanoTime() - posted;
                        longest.accumulateAndGet(waited, Math::max);
                        if (waited > TimeUnit.MILLISECONDS.toNanos(50)) {
                            over.incrementAndGet();
                        }
                    });
                    LockSupport.parkNanos(PROBE_PERIOD_NANOS);
                }
            }, "stall-probe");
            probe.setDaemon(true);
            probe.start();
        }

        double stop() throws InterruptedException {
            running = false;
            probe.join();
            overTarget += over.get();
            return longest.get() / 1e6;
        }
    }
}
