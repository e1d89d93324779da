package dev.berth.ui.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Byte counts as the docker CLI prints them (its go-units rules), so a size reads the same in Berth and in a
 * terminal: {@link #human} as {@code docker images}, {@code docker ps -s} and {@code docker history} print sizes,
 * and {@link #binary} as {@code docker stats} and {@code docker info} print memory.
 */
public final class ByteSizes {
    private static final String[] DECIMAL_UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
    private static final String[] BINARY_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};

    private ByteSizes() {
    }

    /** Decimal units (1 kB = 1000 B) and three significant digits: "999B", "1kB", "1.98MB", "25.3GB". */
    public static String human(long bytes) {
        return bytes < 0 ? "unknown" : format(bytes, 1000, DECIMAL_UNITS, 3);
    }

    /** Binary units (1 KiB = 1024 B) and four significant digits: "1023B", "1.5KiB", "1.953MiB", "7.667GiB". */
    public static String binary(double bytes) {
        return Double.isNaN(bytes) || bytes < 0 ? "unknown" : format(bytes, 1024, BINARY_UNITS, 4);
    }

    /**
     * The CLI's rule: divide by the base while the value reaches it, then round to {@code digits} significant digits
     * (half to even on the exact value, as Go's {@code %g} does) without trailing zeros. Where the rounding needs one
     * digit more (999,950 B), the CLI writes "1e+03kB"; Berth carries into the next unit ("1MB") instead.
     */
    private static String format(double bytes, int base, String[] units, int digits) {
        double value = bytes;
        int unit = 0;
        while (value >= base && unit < units.length - 1) {
            value /= base;
            unit++;
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        if (rounded.compareTo(BigDecimal.TEN.pow(digits)) >= 0 && unit < units.length - 1) {
            rounded = rounded.divide(BigDecimal.valueOf(base)).round(new MathContext(digits, RoundingMode.HALF_EVEN));
            unit++;
        }
        return rounded.stripTrailingZeros().toPlainString() + units[unit];
    }
}
