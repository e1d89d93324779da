package dev.berth.images;

import java.util.Locale;

/**
 * Image sizes as {@code docker images} prints them: decimal units (1 MB = 1,000,000 bytes), three significant
 * digits. Not the binary KiB of the stats charts: the CLI uses decimal units for images, and Berth matches it.
 */
public final class ImageSizes {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    private ImageSizes() {
    }

    public static String human(long bytes) {
        double value = Math.max(0, bytes);
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        if (unit == 0) {
            return (long) value + " B";
        }
        String digits = value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
        return digits + " " + UNITS[unit];
    }
}
