package dev.berth.containers.details;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The last {@code capacity} readings of one metric, oldest first; adding to a full series drops the oldest. */
public final class MetricSeries {
    private final Instant[] times;
    private final double[] values;
    private int start;
    private int size;

    MetricSeries(int capacity) {
        times = new Instant[capacity];
        values = new double[capacity];
    }

    void add(Instant time, double value) {
        int slot = (start + size) % values.length;
        if (size == values.length) {
            start = (start + 1) % values.length;
        } else {
            size++;
        }
        times[slot] = time;
        values[slot] = value;
    }

    void clear() {
        start = 0;
        size = 0;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return values.length;
    }

    /** {@code index} 0 is the oldest reading kept. */
    public Instant timeAt(int index) {
        return times[(start + index) % values.length];
    }

    public double valueAt(int index) {
        return values[(start + index) % values.length];
    }

    /** The newest value, or NaN before the first. */
    public double latest() {
        return size == 0 ? Double.NaN : valueAt(size - 1);
    }

    public double max() {
        double max = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, valueAt(i));
        }
        return max;
    }

    public List<Double> values() {
        List<Double> copy = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            copy.add(valueAt(i));
        }
        return copy;
    }
}
