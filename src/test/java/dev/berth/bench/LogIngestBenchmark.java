package dev.berth.bench;

import dev.berth.daemon.DockerEngineGateway;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.logs.LogLine;
import dev.berth.daemon.logs.LogRequest;
import dev.berth.logs.LogBuffer;
import dev.berth.testing.TestEngine;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static dev.berth.bench.BenchSupport.await;
import static dev.berth.bench.BenchSupport.mb;
import static dev.berth.bench.BenchSupport.median;
import static dev.berth.bench.BenchSupport.seconds;

/**
 * How fast Berth takes in a long log, against the docker CLI in the same run, and then how the real log view copes
 * with a fast followed stream ({@link LogFollowBenchmark}), with the memory the whole process needed. A benchmark,
 * not a test: it prints measurements and asserts nothing but the line counts.
 * <p>
 * Against the real engine it makes a labelled container whose log holds 1,000,000 lines of 80 bytes, waits for it
 * to exit, and then, three times each and interleaved (so a noisy neighbour hurts both sides alike), measures:
 * <ul>
 *   <li>{@code docker logs <id> > /dev/null}: the CLI;</li>
 *   <li>{@code docker logs --timestamps <id> > /dev/null}: the CLI making the request Berth makes (Berth always asks
 *       for timestamps, which costs the engine extra);</li>
 *   <li>Berth: the app's gateway ({@link DockerEngineGateway#forThisMachine()}) {@code logs} (not followed, whole
 *       log) into the log view's model, a {@link LogBuffer} of the default capacity, from the call until the end is
 *       reported after the last batch.</li>
 * </ul>
 * and, for reference, Berth asking only for the lines that buffer keeps ({@code --tail 100000}), which the engine
 * reads from the end of its file. Then (unless {@code -Dbench.follow=false}) it starts JavaFX and follows three
 * containers writing 50,000 lines/s for 20 s into a {@code LogView} with the default buffer, measuring FX-thread
 * stalls (see {@link LogFollowBenchmark}). It ends with one table: the medians as lines/s, the ratio Berth/CLI
 * (above 1.0: Berth is faster), the FX stalls, the peak heap used (sampled every 20 ms), the process's peak RSS
 * ({@code VmHWM} of /proc/self/status, over the reads and the followed view together, as in the app) and the JVM
 * options it ran with. Every container it makes is labelled {@code dev.berth.test=true} and removed.
 * <p>
 * Run it with a Docker engine and the test image ({@code scripts/test-engine.sh}), a display (the Xvfb on :99; on
 * it Prism finds no GPU and falls back to its software pipeline by itself); the bench profile runs it with the
 * JVM options the app is launched with (the pom's {@code app.jvm.*}), so that the RSS is the app's, and
 * {@code -Dbench.jvmArgs="…"} adds to them:
 * <pre>DISPLAY=:99 ./mvnw -q -Pbench test-compile exec:exec</pre>
 * Headless instead (no GTK, X11 or Mesa in the process, so the RSS is lower than on a desktop):
 * <pre>./mvnw -q -Pbench test-compile exec:exec \
 *     -Dbench.jvmArgs="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw"</pre>
 * Only the reads (no JavaFX): add {@code -Dbench.follow=false} to {@code bench.jvmArgs}; fewer repetitions:
 * {@code -Dbench.runs=1}. Only the followed view: {@code -Dbench.main=dev.berth.bench.LogFollowBenchmark} (its own
 * tunables are in its javadoc). It runs in a JVM of its own (not Maven's), so the RSS is Berth's. With
 * {@code -XX:NativeMemoryTracking=summary} in {@code bench.jvmArgs} it also prints where the memory went (the JVM's
 * parts, then the largest mappings).
 */
public final class LogIngestBenchmark {
    private static final int LINES = 1_000_000;
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final boolean FOLLOW = Boolean.parseBoolean(System.getProperty("bench.follow", "true"));
    /** {@code 0000001 xxxx…}: a seven-digit number, a space and 72 letters, 80 bytes with the newline. */
    private static final String WRITER = "seq -w 1 " + LINES + " | sed 's/$/ " + "x".repeat(72) + "/'";

    private LogIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("JVM options: " + BenchSupport.jvmOptions() + " (" + BenchSupport.gcAndHeap() + ")");
        BenchSupport.MemorySampler memory = new BenchSupport.MemorySampler();
        LogFollowBenchmark.Result followed = null;
        try (TestEngine engine = TestEngine.connect(); DockerEngineGateway gateway = BenchSupport.appGateway()) {
            String id = writeLog(engine);

            List<Double> cli = new ArrayList<>();
            List<Double> cliTimestamps = new ArrayList<>();
            List<Double> berth = new ArrayList<>();
            List<Double> berthTail = new ArrayList<>();
            memory.start();
            for (int run = 1; run <= RUNS; run++) {
                memory.phase("read " + run);
                cli.add(cli(id, false));
                cliTimestamps.add(cli(id, true));
                Ingest ingest = berth(gateway, id, LogRequest.ALL);
                berth.add(ingest.seconds);
                berthTail.add(berth(gateway, id, LogBuffer.DEFAULT_CAPACITY).seconds);
                System.out.printf(Locale.ROOT, "run %d: CLI %.2f s, CLI -t %.2f s, Berth %.2f s (%,d batches; CPU: "
                        + "Berth %.2f s, dockerd %.2f s)%n", run, cli.get(run - 1), cliTimestamps.get(run - 1),
                        ingest.seconds, ingest.batches, ingest.berthCpu, ingest.engineCpu);
            }
            engine.removeCreated();
            long readsHwm = BenchSupport.statusKb("VmHWM");
            if (FOLLOW) {
                followed = LogFollowBenchmark.measure(gateway, engine, memory);
            }
            memory.stop();
            report(median(cli), median(cliTimestamps), median(berth), median(berthTail), memory, readsHwm, followed);
        } finally {
            LogFollowBenchmark.exitFx();
        }
    }

    /** Creates and runs the writer, waits for it to exit, and answers the container's id. */
    private static String writeLog(TestEngine engine) throws InterruptedException {
        String id = engine.createContainer(TestEngine.uniqueName("bench-log"), "sh", "-c", WRITER);
        long start = System.nanoTime();
        engine.client().startContainerCmd(id).exec();
        await(() -> !engine.isRunning(id), Duration.ofMinutes(5), "the log writer to finish");
        System.out.printf(Locale.ROOT, "container %s wrote %,d lines of 80 bytes in %.1f s%n", id.substring(0, 12),
                LINES, seconds(System.nanoTime() - start));
        return id;
    }

    /** Wall time of {@code docker logs [-t] <id> > /dev/null}, stderr too. */
    private static double cli(String id, boolean timestamps) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker", "-H", TestEngine.HOST, "logs"));
        if (timestamps) {
            command.add("--timestamps");
        }
        command.add(id);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(new File("/dev/null"))
                .redirectError(new File("/dev/null"));
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        double seconds = seconds(System.nanoTime() - start);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with " + exit);
        }
        return seconds;
    }

    private record Ingest(double seconds, long batches, double berthCpu, double engineCpu) {
    }

    /** The gateway's log (the last {@code tail} lines) into a default-sized {@link LogBuffer}, until its end. */
    private static Ingest berth(DockerEngineGateway gateway, String id, int tail) throws Exception {
        LogBuffer buffer = new LogBuffer(LogBuffer.DEFAULT_CAPACITY);
        AtomicLong batches = new AtomicLong();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        double berthCpuBefore = BenchSupport.processCpu();
        double engineCpuBefore = BenchSupport.engineCpu();
        long start = System.nanoTime();
        Subscription subscription = gateway.containers().logs(id, new LogRequest(false, tail, null),
                (List<LogLine> batch) -> {
                    batches.incrementAndGet();
                    buffer.append(batch);
                }, failure -> ended.complete(failure));
        Throwable failure = ended.get(5, TimeUnit.MINUTES);
        double seconds = seconds(System.nanoTime() - start);
        double berthCpu = BenchSupport.processCpu() - berthCpuBefore;
        double engineCpu = BenchSupport.engineCpu() - engineCpuBefore;
        subscription.close();
        if (failure != null) {
            throw new IllegalStateException("The log ended with a failure", failure);
        }
        long lines = buffer.size() + buffer.dropped();
        long expected = tail == LogRequest.ALL ? LINES : tail;
        if (lines != expected) {
            throw new IllegalStateException("Berth read " + lines + " lines, not " + expected);
        }
        return new Ingest(seconds, batches.get(), berthCpu, engineCpu);
    }

    private static void report(double cli, double cliTimestamps, double berth, double berthTail,
                               BenchSupport.MemorySampler memory, long readsHwm, LogFollowBenchmark.Result followed) {
        // the peak before the collections below (and the follow benchmark's), which are the benchmark's, not the app's
        long hwm = followed != null ? followed.peakRssKb() : BenchSupport.statusKb("VmHWM");
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.println();
        System.out.printf(Locale.ROOT, "lines                          %,d (80 bytes each); medians of %d runs%n",
                LINES, RUNS);
        System.out.printf(Locale.ROOT, "docker logs > /dev/null        %6.2f s  %,10.0f lines/s%n", cli, LINES / cli);
        System.out.printf(Locale.ROOT, "docker logs -t > /dev/null     %6.2f s  %,10.0f lines/s%n", cliTimestamps,
                LINES / cliTimestamps);
        System.out.printf(Locale.ROOT, "Berth gateway + LogBuffer      %6.2f s  %,10.0f lines/s%n", berth,
                LINES / berth);
        System.out.printf(Locale.ROOT, "ratio Berth/CLI                %6.2f  (vs docker logs -t: %.2f)%n",
                cli / berth, cliTimestamps / berth);
        System.out.printf(Locale.ROOT, "Berth --tail %,d           %6.2f s  (the lines the buffer keeps, read "
                + "from the end)%n", LogBuffer.DEFAULT_CAPACITY, berthTail);
        if (followed != null) {
            followed.print();
        }
        System.out.printf(Locale.ROOT, "peak heap used                 %6.0f MB  (after GC now: %.0f MB; %s)%n",
                mb(memory.peakHeap()), mb(retained), BenchSupport.gcAndHeap());
        System.out.printf(Locale.ROOT, "peak RSS (VmHWM)               %6.0f MB  (after the reads: %.0f MB; now "
                + "VmRSS %.0f MB; peak %s)%n", hwm / 1024.0, readsHwm / 1024.0, BenchSupport.statusKb("VmRSS") / 1024.0,
                memory.peakRssPhase());

        String options = BenchSupport.jvmOptions();
        System.out.println();
        System.out.println("| CLI lines/s | Berth lines/s | ratio | peak heap | RSS (VmHWM) | FX stall max / p99 | "
                + "JVM options |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---|");
        System.out.printf(Locale.ROOT, "| %,.0f | %,.0f | %.2f | %.0f MB | %.0f MB | %s | `%s` |%n", LINES / cli,
                LINES / berth, cli / berth, mb(memory.peakHeap()), hwm / 1024.0,
                followed == null ? "(not run)" : String.format(Locale.ROOT, "%.1f / %.1f ms%s",
                        followed.median(run -> run.stall().max()), followed.median(run -> run.stall().p99()),
                        followed.baseline().isEmpty() ? "" : String.format(Locale.ROOT, " (baseline %.1f / %.1f ms)",
                                LogFollowBenchmark.Result.median(followed.baseline(), run -> run.stall().max()),
                                LogFollowBenchmark.Result.median(followed.baseline(), run -> run.stall().p99()))),
                options);
        BenchSupport.printNativeMemory();
    }
}
