package dev.berth.volumes;

import java.util.Locale;

/** Byte counts as `docker system df` prints them: decimal units (1 kB = 1000 B), "512 B", "1.5 kB", "2.3 GB". */
final class Sizes {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    private Sizes() {
    }

    static String human(long bytes) {
        if (bytes < 0) {
            return "unknown";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value,
                UNITS[unit]);
    }
}
