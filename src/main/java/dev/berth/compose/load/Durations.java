package dev.berth.compose.load;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compose durations, which are Go durations: {@code 1m30s}, {@code 10s}, {@code 1.5h}, {@code 500ms}. */
final class Durations {
    private static final Pattern PART = Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h)");
    private static final Map<String, Long> NANOS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);
    private static final long SECOND = 1_000_000_000L;

    private Durations() {
    }

    /** The duration, or null when the text is not one ("0" alone is zero, as in Go). */
    static Duration parse(String text) {
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        Matcher part = PART.matcher(text);
        BigDecimal nanos = BigDecimal.ZERO;
        int at = 0;
        while (at < text.length()) {
            if (!part.find(at) || part.start() != at) {
                return null;
            }
            nanos = nanos.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(NANOS.get(part.group(2)))));
            at = part.end();
        }
        return at == 0 ? null : Duration.ofNanos(nanos.longValue());
    }

    /** The duration as Go prints it, which is how {@code docker compose config} shows durations. */
    static String format(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        if (nanos < 1_000) {
            return nanos + "ns";
        }
        if (nanos < 1_000_000) {
            return decimal(nanos, 1_000) + "µs";
        }
        if (nanos < SECOND) {
            return decimal(nanos, 1_000_000) + "ms";
        }
        long hours = nanos / (3600 * SECOND);
        long minutes = nanos / (60 * SECOND) % 60;
        String seconds = decimal(nanos % (60 * SECOND), SECOND) + "s";
        if (hours > 0) {
            return hours + "h" + minutes + "m" + seconds;
        }
        return minutes > 0 ? minutes + "m" + seconds : seconds;
    }

    private static String decimal(long value, long unit) {
        return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(unit)).stripTrailingZeros().toPlainString();
    }
}
