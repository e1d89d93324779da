package dev.berth.containers.details;

import java.util.Locale;

/** Numbers as people read them: 1024-based byte sizes (KiB, MiB, GiB) like `docker stats`, and percentages. */
final class Units {
    private static final String[] BYTE_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private Units() {
    }

    static String bytes(double bytes) {
        if (Double.isNaN(bytes) || bytes < 0) {
            return "–";
        }
        int unit = unitIndex(bytes);
        double scaled = bytes / Math.pow(1024, unit);
        if (unit == 0) {
            return String.format(Locale.ROOT, "%.0f B", scaled);
        }
        return String.format(Locale.ROOT, scaled < 100 ? "%.1f %s" : "%.0f %s", scaled, BYTE_UNITS[unit]);
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

    /** An axis label: like the reading, but "50 %" and "80 MiB" rather than "50.0 %" and "80.0 MiB". */
    static String tick(String reading) {
        return reading.replaceFirst("\\.0+ ", " ");
    }

    /** The power of 1024 that keeps {@code bytes} between 1 and 1023 in that unit. */
    static int unitIndex(double bytes) {
        int unit = 0;
        while (bytes >= 1024 && unit < BYTE_UNITS.length - 1) {
            bytes /= 1024;
            unit++;
        }
        return unit;
    }
}
