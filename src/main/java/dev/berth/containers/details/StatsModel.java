package dev.berth.containers.details;

import dev.berth.daemon.containers.StatsSample;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The Stats page's numbers: the last two minutes of each metric and a one-line reading of the latest. Byte
 * counters arrive as totals since the container started; rates are the difference between consecutive samples
 * over the time between them. Changes only on the UI executor, once per batch ({@link #revisionProperty()}).
 */
public final class StatsModel {
    /** Samples come about once a second, so this many points cover the two-minute window. */
    public static final int WINDOW_POINTS = 120;
    public static final Duration WINDOW = Duration.ofSeconds(120);

    private final MetricSeries cpu = new MetricSeries(WINDOW_POINTS);
    private final MetricSeries memory = new MetricSeries(WINDOW_POINTS);
    private final MetricSeries networkRx = new MetricSeries(WINDOW_POINTS);
    private final MetricSeries networkTx = new MetricSeries(WINDOW_POINTS);
    private final MetricSeries blockRead = new MetricSeries(WINDOW_POINTS);
    private final MetricSeries blockWrite = new MetricSeries(WINDOW_POINTS);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyStringWrapper cpuText = new ReadOnlyStringWrapper(this, "cpuText", "");
    private final ReadOnlyStringWrapper memoryText = new ReadOnlyStringWrapper(this, "memoryText", "");
    private final ReadOnlyStringWrapper networkText = new ReadOnlyStringWrapper(this, "networkText", "");
    private final ReadOnlyStringWrapper blockText = new ReadOnlyStringWrapper(this, "blockText", "");
    private final ReadOnlyStringWrapper processText = new ReadOnlyStringWrapper(this, "processText", "");
    private StatsSample previous;
    private Instant latestTime;

    void accept(List<StatsSample> batch) {
        if (batch.isEmpty()) {
            return;
        }
        for (StatsSample sample : batch) {
            add(sample);
        }
        StatsSample last = batch.get(batch.size() - 1);
        cpuText.set(Units.percent(last.cpuPercent()));
        memoryText.set(last.memoryLimit() > 0
                ? Units.bytes(last.memoryUsed()) + " of " + Units.bytes(last.memoryLimit()) + " limit"
                : Units.bytes(last.memoryUsed()));
        networkText.set("↓ " + Units.rate(networkRx.latest()) + "   ↑ " + Units.rate(networkTx.latest()));
        blockText.set("read " + Units.rate(blockRead.latest()) + "   write " + Units.rate(blockWrite.latest()));
        processText.set(last.pids() == 1 ? "1 process" : last.pids() + " processes");
        revision.set(revision.get() + 1);
    }

    private void add(StatsSample sample) {
        Instant time = sample.time() != null ? sample.time() : Instant.now();
        if (latestTime != null && !time.isAfter(latestTime)) {
            return; // a repeat or an out-of-order reading would make a zero or negative interval
        }
        cpu.add(time, sample.cpuPercent());
        memory.add(time, sample.memoryUsed());
        if (previous != null) {
            double seconds = Duration.between(latestTime, time).toNanos() / 1e9;
            networkRx.add(time, rate(previous.networkRx(), sample.networkRx(), seconds));
            networkTx.add(time, rate(previous.networkTx(), sample.networkTx(), seconds));
            blockRead.add(time, rate(previous.blockRead(), sample.blockRead(), seconds));
            blockWrite.add(time, rate(previous.blockWrite(), sample.blockWrite(), seconds));
        }
        previous = sample;
        latestTime = time;
    }

    /** A counter that went down was reset (the container restarted): no traffic is the honest reading. */
    static double rate(long before, long after, double seconds) {
        return after < before ? 0 : (after - before) / seconds;
    }

    void clear() {
        for (MetricSeries series : List.of(cpu, memory, networkRx, networkTx, blockRead, blockWrite)) {
            series.clear();
        }
        previous = null;
        latestTime = null;
        cpuText.set("");
        memoryText.set("");
        networkText.set("");
        blockText.set("");
        processText.set("");
        revision.set(revision.get() + 1);
    }

    /** When the newest reading was taken; the charts' time axis ends here. Null before the first. */
    public Instant latestTime() {
        return latestTime;
    }

    public MetricSeries cpu() {
        return cpu;
    }

    public MetricSeries memory() {
        return memory;
    }

    public MetricSeries networkRx() {
        return networkRx;
    }

    public MetricSeries networkTx() {
        return networkTx;
    }

    public MetricSeries blockRead() {
        return blockRead;
    }

    public MetricSeries blockWrite() {
        return blockWrite;
    }

    /** Moves once per applied batch: the charts redraw on it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cpuTextProperty() {
        return cpuText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memoryTextProperty() {
        return memoryText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty networkTextProperty() {
        return networkText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty blockTextProperty() {
        return blockText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty processTextProperty() {
        return processText.getReadOnlyProperty();
    }
}
