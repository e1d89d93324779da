package dev.berth.containers.details;

import dev.berth.ui.text.ByteSizes;

import java.util.Locale;

/** The stats readings as people read them: byte counts in 1024-based units like {@code docker stats}, and percentages. */
final class Units {
    private static final int LARGEST_BINARY_UNIT = 5; // PiB

    private Units() {
    }

    /** "–" until a reading comes. */
    static String bytes(double bytes) {
        return Double.isNaN(bytes) || bytes < 0 ? "–" : ByteSizes.binary(bytes);
    }

    static String rate(double bytesPerSecond) {
        return bytes(bytesPerSecond) + "/s";
    }

    static String percent(double percent) {
        if (Double.isNaN(percent)) {
            return "–";
        }
        return String.format(Locale.ROOT, percent < 10 ? "%.2f %%" : "%.1f %%", percent);
    }

    /** An axis label: like the reading, but "50 %" rather than "50.0 %". */
    static String tick(String reading) {
        return reading.replaceFirst("\\.0+ ", " ");
    }

    /** The power of 1024 that keeps {@code bytes} between 1 and 1023 in that unit. */
    static int unitIndex(double bytes) {
        int unit = 0;
        while (bytes >= 1024 && unit < LARGEST_BINARY_UNIT) {
            bytes /= 1024;
            unit++;
        }
        return unit;
    }
}
