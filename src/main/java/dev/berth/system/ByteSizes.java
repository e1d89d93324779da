package dev.berth.system;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Sizes as {@code docker system df} prints them: decimal units (1 kB = 1000 B) and four significant digits, so the
 * dashboard and the CLI show the same numbers. (The stats charts use 1024-based units like {@code docker stats}.)
 */
final class ByteSizes {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

    private ByteSizes() {
    }

    static String human(long bytes) {
        if (bytes < 0) {
            return "unknown";
        }
        double scaled = bytes;
        int unit = 0;
        while (scaled >= 1000 && unit < UNITS.length - 1) {
            scaled /= 1000;
            unit++;
        }
        BigDecimal rounded = new BigDecimal(scaled).round(new MathContext(4)).stripTrailingZeros();
        return rounded.toPlainString() + " " + UNITS[unit];
    }
}
