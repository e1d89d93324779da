package dev.berth.bench;

import dev.berth.daemon.DockerEngineGateway;
import dev.berth.daemon.files.FileEntry;
import dev.berth.daemon.files.TransferProgress;
import dev.berth.testing.TestEngine;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.berth.bench.BenchSupport.mb;
import static dev.berth.bench.BenchSupport.median;
import static dev.berth.bench.BenchSupport.seconds;

/**
 * How the Files tab of a container fares against {@code docker cp} in the same run. A benchmark, not a test: it
 * prints measurements and asserts nothing but the sizes.
 * <p>
 * Against the real engine it runs a labelled container of the test image and lists its / five times, interleaved
 * with {@code docker cp <id>:/ - > /dev/null}; then the container writes a 100 MB file, and five times each,
 * interleaved:
 * <ul>
 *   <li>listing / through the app's gateway (the archive of / read for its headers) against
 *       {@code docker cp <id>:/ - > /dev/null} (the CLI streaming the same archive);</li>
 *   <li>downloading the 100 MB file through the gateway into a folder against {@code docker cp <id>:/big.bin DIR},
 *       with the heap in use sampled every 20 ms during Berth's downloads (it streams, so it stays flat).</li>
 * </ul>
 * <pre>./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.berth.bench.ContainerFilesBenchmark</pre>
 */
public final class ContainerFilesBenchmark {
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final long BIG = 100L << 20;

    private ContainerFilesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (TestEngine engine = TestEngine.connect(); DockerEngineGateway gateway = BenchSupport.appGateway()) {
            String id = engine.runContainer(TestEngine.uniqueName("bench-files"));
            Path work = Files.createTempDirectory("berth-files-bench");
            List<Double> berthImage = new ArrayList<>();
            List<Double> cliImage = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                gateway.containerFiles().listFolder(id, "/").result().get(60, TimeUnit.SECONDS);
                berthImage.add(seconds(System.nanoTime() - start));
                cliImage.add(cli(work, "docker", "cp", id + ":/", "-"));
            }
            engine.exec(id, "dd", "if=/dev/urandom", "of=/big.bin", "bs=1M", "count=100");
            List<Double> berthList = new ArrayList<>();
            List<Double> cliList = new ArrayList<>();
            List<Double> berthGet = new ArrayList<>();
            List<Double> cliGet = new ArrayList<>();
            HeapPeak heap = new HeapPeak();
            int listed = 0;
            try {
                for (int run = 0; run < RUNS; run++) {
                    long start = System.nanoTime();
                    List<FileEntry> root = gateway.containerFiles().listFolder(id, "/").result().get(60,
                            TimeUnit.SECONDS);
                    berthList.add(seconds(System.nanoTime() - start));
                    listed = root.size();
                    cliList.add(cli(work, "docker", "cp", id + ":/", "-"));

                    Path into = Files.createDirectories(work.resolve("berth-" + run));
                    heap.start();
                    start = System.nanoTime();
                    Path got = gateway.containerFiles().download(id, "/big.bin", into, TransferProgress.NONE)
                            .get(120, TimeUnit.SECONDS);
                    berthGet.add(seconds(System.nanoTime() - start));
                    heap.stop();
                    check(got);
                    Path cliInto = Files.createDirectories(work.resolve("cli-" + run));
                    cliGet.add(cli(work, "docker", "cp", id + ":/big.bin", cliInto.toString()));
                    check(cliInto.resolve("big.bin"));
                    deleteTree(into);
                    deleteTree(cliInto);
                }
            } finally {
                deleteTree(work);
                engine.removeCreated();
            }
            double list = median(berthList);
            double listCli = median(cliList);
            double get = median(berthGet);
            double getCli = median(cliGet);
            System.out.printf(Locale.ROOT, "%nContainer files, medians of %d interleaved runs%n", RUNS);
            System.out.printf(Locale.ROOT, "List / of the test image: Berth %.0f ms, docker cp c:/ - %.0f ms: %.2fx%n",
                    median(berthImage) * 1000, median(cliImage) * 1000, median(berthImage) / median(cliImage));
            System.out.printf(Locale.ROOT, "List / with a 100 MB file (%d entries): Berth %.0f ms, docker cp c:/ - %.0f ms: %.2fx%n",
                    listed, list * 1000, listCli * 1000, list / listCli);
            System.out.printf(Locale.ROOT, "Download 100 MB: Berth %.2f s (%.0f MB/s), docker cp %.2f s: %.2fx%n",
                    get, 100 / get, getCli, get / getCli);
            System.out.printf(Locale.ROOT, "Heap in use during Berth's downloads: %.0f MB before, %.0f MB at most%n",
                    mb(heap.before), mb(heap.peak));
            System.out.println("JVM: " + BenchSupport.jvmOptions());
        }
    }

    private static double cli(Path work, String... command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return seconds(System.nanoTime() - start);
    }

    private static void check(Path file) throws IOException {
        if (Files.size(file) != BIG) {
            throw new IllegalStateException(file + " has " + Files.size(file) + " bytes, not " + BIG);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The heap in use just before a download and at most during it, sampled every 20 ms. */
    private static final class HeapPeak {
        private final MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
        private volatile boolean running;
        private volatile long peak;
        private long before;
        private Thread thread;

        void start() {
            System.gc();
            before = Math.max(before, bean.getHeapMemoryUsage().getUsed());
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    peak = Math.max(peak, bean.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }, "bench-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
