package dev.berth.bench;

import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.berth.bench.BenchSupport.mb;
import static dev.berth.bench.BenchSupport.median;

/** What {@link ScaleBenchmark} measured, and its printout against the targets. */
final class ScaleReport {
    private static final double OPEN_TARGET = 1.3;
    private static final double FX_TARGET_MS = 16;
    private static final double CHANGE_TARGET_MS = 1_000;
    private static final double STALL_TARGET_MS = 50;
    private static final double RSS_TARGET_MB = 300;

    /** Containers started or stopped at once: how long the engine took, the rows' lag after it, the stalls. */
    record Change(double engineSeconds, double rowsLagMs, EventBurstBenchmark.Stalls stalls) {
    }

    double windowUp;
    double peakRss;
    final Map<String, List<Double>> cli = new LinkedHashMap<>();
    final Map<String, Integer> cliRows = new LinkedHashMap<>();
    final Map<String, List<Double>> gatewayReads = new LinkedHashMap<>();
    final Map<String, List<Double>> firstOpen = new LinkedHashMap<>();
    final Map<String, List<Double>> reopen = new LinkedHashMap<>();
    final Map<String, List<Double>> keystrokes = new LinkedHashMap<>();
    final Map<String, List<Double>> sorts = new LinkedHashMap<>();
    final List<Double> inspects = new ArrayList<>();
    final List<Double> selections = new ArrayList<>();
    final List<EventBurstBenchmark.Stalls> idleStalls = new ArrayList<>();
    final List<Change> starts = new ArrayList<>();
    final List<Change> stops = new ArrayList<>();
    /** The same with a bare window in Berth's place (no rows to catch up). */
    final List<Change> bareStarts = new ArrayList<>();
    final List<Change> bareStops = new ArrayList<>();
    private final List<String> memory = new ArrayList<>();
    private double rssAfterVisits = Double.NaN;

    /** Notes the resident set, heap and non-heap now. */
    void memory(MemoryMXBean bean, String when) {
        double rss = BenchSupport.statusKb("VmRSS") / 1024.0;
        if (Double.isNaN(rssAfterVisits)) {
            rssAfterVisits = rss;
        }
        memory.add(String.format(Locale.ROOT, "%s: RSS %.0f MB; heap used %.0f MB of %.0f MB committed; non-heap "
                        + "used %.0f MB of %.0f MB committed", when, rss, mb(bean.getHeapMemoryUsage().getUsed()),
                mb(bean.getHeapMemoryUsage().getCommitted()), mb(bean.getNonHeapMemoryUsage().getUsed()),
                mb(bean.getNonHeapMemoryUsage().getCommitted())));
    }

    void print() {
        System.out.println();
        System.out.printf(Locale.ROOT, "window up with 1,000 containers listed: %.0f ms after the toolkit started%n",
                windowUp);
        System.out.println();
        System.out.println("Opening a section until its rows show (ms, medians; baseline: the CLI listing + 1 frame)");
        for (String section : cli.keySet()) {
            double baseline = median(cli.get(section)) + ScaleBenchmark.FRAME_MS;
            double first = firstOpen.containsKey(section) ? median(firstOpen.get(section)) : Double.NaN;
            if (!reopen.containsKey(section)) {
                continue;
            }
            double again = median(reopen.get(section));
            double read = median(gatewayReads.get(section));
            String firstShown = Double.isNaN(first) ? "(the window opens on it)"
                    : String.format(Locale.ROOT, "%6.1f (%.2fx)", first, first / baseline);
            System.out.printf(Locale.ROOT, "  %-10s %5d rows  CLI %6.1f  Berth's list calls %6.1f  first open %s  "
                            + "later opens %6.1f (%.2fx)  list calls + %s open %.2fx  target <= %.1fx%n",
                    section, cliRows.get(section), median(cli.get(section)), read, firstShown, again,
                    again / baseline, Double.isNaN(first) ? "later" : "first",
                    (read + (Double.isNaN(first) ? again : first)) / baseline, OPEN_TARGET);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "FX thread's CPU per action until its frame is done (ms; target p95 <= %.0f)%n",
                FX_TARGET_MS);
        for (String section : keystrokes.keySet()) {
            System.out.printf(Locale.ROOT, "  %-10s keystroke p95 %5.1f max %5.1f (%d)   sort p95 %5.1f max %5.1f "
                            + "(%d)%n", section, ScaleBenchmark.p95(keystrokes.get(section)),
                    max(keystrokes.get(section)), keystrokes.get(section).size(), ScaleBenchmark.p95(sorts.get(section)),
                    max(sorts.get(section)), sorts.get(section).size());
        }
        System.out.println();
        if (!selections.isEmpty()) {
            printSelections();
            System.out.println();
        }
        if (!starts.isEmpty()) {
            printStarts();
            System.out.println();
        }
        System.out.printf(Locale.ROOT, "Memory (target: RSS <= %.0f MB after visiting every section): %s%n",
                RSS_TARGET_MB, rssAfterVisits <= RSS_TARGET_MB ? "met" : "not met");
        memory.forEach(line -> System.out.println("  " + line));
        System.out.printf(Locale.ROOT, "  peak RSS of the run %.0f MB%n", peakRss);
        System.out.println("JVM options: " + BenchSupport.jvmOptions());
    }

    private void printSelections() {
        double inspect = median(inspects);
        System.out.printf(Locale.ROOT, "Selecting a container until its details show: median %.1f ms, p95 %.1f ms; "
                        + "engine's inspect %.1f ms + 2 frames = %.1f ms (%.2fx)%n", median(selections),
                ScaleBenchmark.p95(selections), inspect, inspect + 2 * ScaleBenchmark.FRAME_MS,
                median(selections) / (inspect + 2 * ScaleBenchmark.FRAME_MS));
    }

    private void printStarts() {
        System.out.printf(Locale.ROOT, "%d containers at once (target: rows right <= %.0f ms after the last event, FX "
                + "stall <= %.0f ms)%n", ScaleFixture.TO_START, CHANGE_TARGET_MS, STALL_TARGET_MS);
        printChanges("started", starts);
        printChanges("stopped", stops);
        printChanges("started, a bare window in Berth's place", bareStarts);
        printChanges("stopped, a bare window in Berth's place", bareStops);
        System.out.printf(Locale.ROOT, "  probe while nothing happens: max %s ms%n",
                idleStalls.stream().map(stalls -> String.format(Locale.ROOT, "%.1f", stalls.max())).toList());
    }

    private static void printChanges(String what, List<Change> changes) {
        for (Change change : changes) {
            String rows = Double.isNaN(change.rowsLagMs()) ? ""
                    : String.format(Locale.ROOT, " every row right %6.0f ms after its last event;", change.rowsLagMs());
            System.out.printf(Locale.ROOT, "  %s: engine %.1f s;%s FX stall max %.1f ms p99 %.1f ms (%d of %d "
                            + "probes over %.0f ms)%n", what, change.engineSeconds(), rows, change.stalls().max(),
                    change.stalls().p99(), change.stalls().overTarget(), change.stalls().samples(), STALL_TARGET_MS);
        }
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
