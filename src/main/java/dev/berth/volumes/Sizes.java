package dev.berth.volumes;

import java.util.Locale;

/** Byte counts as people read them: "512 B", "1.5 KB", "2.3 GB" (powers of 1024, like `docker system df`). */
final class Sizes {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private Sizes() {
    }

    static String human(long bytes) {
        if (bytes < 0) {
            return "unknown";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value,
                UNITS[unit]);
    }
}
