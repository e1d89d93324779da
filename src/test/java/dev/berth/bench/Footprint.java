package dev.berth.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What this process holds at one moment: its live threads (by name), its open file descriptors (by what they point
 * at) and its heap in use after full collections.
 */
record Footprint(List<String> threads, List<String> fds, long heapAfterGc) {

    static Footprint now() throws InterruptedException, IOException {
        for (int i = 0; i < 3; i++) {
            System.gc(); // a full collection with G1 (no -XX:+ExplicitGCInvokesConcurrent)
            Thread.sleep(200);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        List<String> threads = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).sorted().toList();
        return new Footprint(threads, openFds(), heap);
    }

    /** What each open descriptor points at, with socket and pipe inode numbers left out ("socket", "pipe"). */
    private static List<String> openFds() throws IOException {
        List<String> targets = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    targets.add(Files.readSymbolicLink(fd).toString().replaceAll(":\\[\\d+]$", ""));
                } catch (IOException closedMeanwhile) {
                    // the listing's own descriptor, or one closed while listing
                }
            }
        }
        targets.sort(null);
        return targets;
    }

    /**
     * The classes whose instances hold the most more bytes now than in {@code before} (a class histogram of the live
     * heap from {@code jcmd <pid> GC.class_histogram}, which collects first): what grew, for the report.
     */
    static String heapGrowth(Map<String, Long> before, Map<String, Long> after, int top) {
        return after.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue() - before.getOrDefault(entry.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .map(entry -> String.format("%+,d kB %s", entry.getValue() / 1024, entry.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** Bytes held by each class's instances in the live heap. */
    static Map<String, Long> classHistogram() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(ProcessHandle.current().pid()),
                "GC.class_histogram").redirectErrorStream(true).start();
        Map<String, Long> bytes = new TreeMap<>();
        for (String line : new String(process.getInputStream().readAllBytes()).lines().toList()) {
            String[] fields = line.trim().split("\\s+"); // "1:  1234  56789  java.lang.String (java.base@17)"
            if (fields.length >= 4 && fields[0].endsWith(":")) {
                bytes.put(fields[3], Long.parseLong(fields[2]));
            }
        }
        process.waitFor();
        return bytes;
    }

    /** A thread's or descriptor's name without its number: "berth-engine-call-3", "process reaper (pid 12)". */
    private static String kind(String name) {
        return name.replaceAll(" \\(pid \\d+\\)$", "").replaceAll("[-#]*\\d+$", "");
    }

    /** "+2 berth-engine-call, -1 docker-java-stream" : what one has more or less of than the other, by kind. */
    static String difference(List<String> before, List<String> after) {
        Function<List<String>, Map<String, Long>> byKind = names -> names.stream()
                .collect(Collectors.groupingBy(Footprint::kind, TreeMap::new, Collectors.counting()));
        Map<String, Long> was = byKind.apply(before);
        Map<String, Long> is = byKind.apply(after);
        TreeMap<String, Long> changed = new TreeMap<>();
        was.forEach((kind, count) -> changed.merge(kind, -count, Long::sum));
        is.forEach((kind, count) -> changed.merge(kind, count, Long::sum));
        String text = changed.entrySet().stream().filter(entry -> entry.getValue() != 0)
                .map(entry -> String.format("%+d %s", entry.getValue(), entry.getKey()))
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? "none" : text;
    }
}
