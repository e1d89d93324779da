package dev.berth.bench;

import dev.berth.daemon.DockerEngineGateway;
import dev.berth.testing.TestEngine;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What the benchmarks share: the gateway the app uses, medians, CPU and memory readings, the JVM's options. */
final class BenchSupport {
    private BenchSupport() {
    }

    /**
     * The gateway the app makes ({@link DockerEngineGateway#forThisMachine()}), started and up. The benchmark's
     * containers are made on {@link TestEngine#HOST}; the two must be the same engine.
     */
    static DockerEngineGateway appGateway() throws InterruptedException {
        DockerEngineGateway gateway = DockerEngineGateway.forThisMachine();
        gateway.start();
        await(() -> gateway.connectionState().isUp(), Duration.ofSeconds(15), "the gateway to connect");
        String host = gateway.connectionState().endpoint().host();
        if (!host.equals(TestEngine.HOST)) {
            gateway.close();
            throw new IllegalStateException("Berth's gateway talks to " + host + " but the benchmark's containers are "
                    + "made on " + TestEngine.HOST + " (BERTH_TEST_DOCKER_HOST); point DOCKER_HOST there too");
        }
        return gateway;
    }

    /** The JVM's own options as it was started (heap, GC, system properties), for the report. */
    static String jvmOptions() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> !option.equals("-Dbench=true")).toList();
        return options.isEmpty() ? "(none: JVM defaults)" : String.join(" ", options);
    }

    /**
     * With {@code -XX:NativeMemoryTracking=summary} among the JVM options, prints where the JVM's own memory went
     * ({@code jcmd <pid> VM.native_memory summary}); RSS above that is native libraries (GTK, Prism, glibc).
     */
    static void printNativeMemory() {
        if (ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .noneMatch(option -> option.startsWith("-XX:NativeMemoryTracking="))) {
            return;
        }
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(ProcessHandle.current().pid()),
                    "VM.native_memory", "summary").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            out.lines().filter(line -> line.contains("committed=") && !line.contains("(mmap:")
                            && !line.contains("(malloc=") && !line.contains("(arena="))
                    .forEach(line -> System.out.println("NMT " + line.strip()));
        } catch (IOException | InterruptedException failed) {
            System.out.println("NMT: " + failed);
        }
        printMappings();
    }

    /** The resident memory of this process by mapping (a library, or anonymous memory), largest first. */
    private static void printMappings() {
        try {
            java.util.Map<String, Long> rss = new java.util.HashMap<>();
            String name = null;
            for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length >= 5 && fields[0].matches("[0-9a-f]+-[0-9a-f]+")) {
                    name = fields.length >= 6 ? fields[5] : "[anon]";
                } else if (fields[0].equals("Rss:") && name != null) {
                    rss.merge(name, Long.parseLong(fields[1]), Long::sum);
                }
            }
            rss.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                    .forEach(entry -> System.out.printf("RSS %,8d kB  %s%n", entry.getValue(), entry.getKey()));
        } catch (IOException | RuntimeException unreadable) {
            System.out.println("RSS by mapping: " + unreadable);
        }
    }

    /** "G1 Young Generation/G1 Old Generation, max heap 6,028 MB". */
    static String gcAndHeap() {
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining("/"));
        return String.format("%s, max heap %,.0f MB", collectors, mb(Runtime.getRuntime().maxMemory()));
    }

    /** A field of /proc/self/status in kB ({@code VmHWM}: the peak resident set; {@code VmRSS}: the current one). */
    static long statusKb(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .map(line -> line.substring(field.length() + 1).strip().split("\\s+")[0])
                    .mapToLong(Long::parseLong).findFirst().orElse(-1);
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    /** CPU seconds this JVM has used so far (all threads: the engine client, decoding, FX, rendering, GC). */
    static double processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /**
     * The sum of these clock-tick fields of a /proc/…/stat (counted from the field after the command's name, 0 being
     * the state), as seconds (USER_HZ = 100).
     */
    /** CPU nanoseconds the calling thread has used (call it on the FX thread for the FX thread's). */
    static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU nanoseconds Prism's render thread has used (it paints the frames the FX thread lays out), or 0. */
    static long renderThreadCpu() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("QuantumRenderer"))
                .mapToLong(thread -> ManagementFactory.getThreadMXBean().getThreadCpuTime(thread.getId()))
                .filter(nanos -> nanos > 0).sum();
    }

    static double cpuSeconds(Path stat, int... fields) throws IOException {
        String text = Files.readString(stat);
        String[] after = text.substring(text.lastIndexOf(')') + 2).split(" ");
        long ticks = 0;
        for (int field : fields) {
            ticks += Long.parseLong(after[field]);
        }
        return ticks / 100.0;
    }

    /** CPU seconds the local dockerd has used so far (utime + stime), or NaN when it is not on this machine. */
    static double engineCpu() {
        try {
            Path dockerd = dockerd();
            return dockerd == null ? Double.NaN : cpuSeconds(dockerd.resolve("stat"), 11, 12); // utime + stime
        } catch (IOException | RuntimeException unreadable) {
            return Double.NaN;
        }
    }

    /** The local dockerd's {@code /proc} directory, or null when it is not on this machine (or not readable). */
    private static Path dockerd() {
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                Path comm = process.resolve("comm");
                if (process.getFileName().toString().chars().allMatch(Character::isDigit) && Files.isReadable(comm)
                        && Files.readString(comm).strip().equals("dockerd")) {
                    return process;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // not a local engine, or /proc is not readable
        }
        return null;
    }

    /**
     * How the kernel groups this JVM and dockerd for CPU time, which decides how long a busy machine keeps a
     * thread waiting: "this JVM: cpu cgroup /user.slice; dockerd: cpu cgroup /system.slice", or, for processes in
     * the root cgroup, their autogroup (one per session while {@code kernel.sched_autogroup_enabled} is 1).
     */
    static String schedulingGroups() {
        Path dockerd = dockerd();
        return "this JVM: " + schedulingGroup(Path.of("/proc/self")) + "; dockerd: "
                + (dockerd == null ? "n/a" : schedulingGroup(dockerd));
    }

    private static String schedulingGroup(Path process) {
        try {
            String cgroup = Files.readAllLines(process.resolve("cgroup")).stream()
                    .map(line -> line.split(":", 3))
                    .filter(parts -> parts.length == 3 && (List.of(parts[1].split(",")).contains("cpu")
                            || parts[1].isEmpty()))
                    .map(parts -> parts[2]).findFirst().orElse("?");
            if (!cgroup.equals("/")) {
                return "cpu cgroup " + cgroup;
            }
            String autogroup = Files.readString(process.resolve("autogroup")).strip().replaceFirst("^/", "");
            boolean on = Files.readString(Path.of("/proc/sys/kernel/sched_autogroup_enabled")).strip().equals("1");
            return "root cpu cgroup, " + autogroup + (on ? "" : " (autogroups off)");
        } catch (IOException | RuntimeException unreadable) {
            return "?";
        }
    }

    /**
     * Samples the heap in use and the resident set ({@code /proc/self/statm}) every 20 ms and keeps the highest of
     * each, with the phase ({@link #phase(String)}) the process was in when the resident set peaked.
     */
    static final class MemorySampler {
        private static final long PAGE = 4096;
        private final MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
        private volatile long peak;
        private volatile long peakRss;
        private volatile String phase = "start";
        private volatile String peakRssPhase = "?";
        private volatile boolean running;
        private Thread thread;

        void start() {
            if (running) {
                return;
            }
            running = true;
            thread = new Thread(() -> {
                Path statm = Path.of("/proc/self/statm");
                while (running) {
                    peak = Math.max(peak, bean.getHeapMemoryUsage().getUsed());
                    try {
                        long rss = Long.parseLong(Files.readString(statm).split(" ")[1]) * PAGE;
                        if (rss > peakRss) {
                            peakRss = rss;
                            peakRssPhase = phase;
                        }
                        Thread.sleep(20); // the peak resident set itself is the kernel's VmHWM
                    } catch (InterruptedException stop) {
                        return;
                    } catch (IOException | RuntimeException unreadable) {
                        // no /proc: the heap is still sampled
                    }
                }
            }, "bench-memory-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        /** Names what the process does from now on, for {@link #peakRssPhase()}. */
        void phase(String name) {
            phase = name;
        }

        void stop() throws InterruptedException {
            running = false;
            if (thread != null) {
                thread.join();
            }
        }

        long peakHeap() {
            return peak;
        }

        /** The highest resident set sampled, and what the process was doing then. */
        String peakRssPhase() {
            return String.format("%.0f MB sampled, during %s", mb(peakRss), peakRssPhase);
        }
    }

    /** Every garbage collection's duration as the JVM reports it, with when it was reported (System.nanoTime). */
    static final class GcWatch {
        private final List<long[]> pauses = new ArrayList<>();

        GcWatch() {
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) bean).addNotificationListener((notification, handback) -> {
                    if (notification.getType().equals(
                            com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                (javax.management.openmbean.CompositeData) notification.getUserData());
                        synchronized (pauses) {
                            pauses.add(new long[] {System.nanoTime(), info.getGcInfo().getDuration()});
                        }
                    }
                }, null, null);
            }
        }

        /** {count, longest ms, total ms} of the collections reported between these times. */
        long[] between(long from, long to) {
            long count = 0;
            long longest = 0;
            long total = 0;
            synchronized (pauses) {
                for (long[] pause : pauses) {
                    if (pause[0] >= from && pause[0] <= to) {
                        count++;
                        longest = Math.max(longest, pause[1]);
                        total += pause[1];
                    }
                }
            }
            return new long[] {count, longest, total};
        }
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    static void await(Condition condition, Duration atMost, String what) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (Exception notYet) {
                // asked again below
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Gave up waiting for " + what);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
