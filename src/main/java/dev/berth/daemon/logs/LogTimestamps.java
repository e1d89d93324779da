package dev.berth.daemon.logs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the timestamp the engine puts before every log line when asked ({@code docker logs --timestamps}):
 * {@code 2026-11-28T03:04:05.123456789Z} and a space. The engine always writes that fixed shape (nine fraction
 * digits, UTC), so it is read digit by digit without a parser, and the date and time up to the second, shared by
 * all the lines of one second, is worked out once per second; anything else falls back to the ISO parser.
 * One reader per decoder: it remembers the last second it read.
 */
final class LogTimestamps {
    /** {@code 2026-11-28T03:04:05.123456789Z}: the engine's RFC3339Nano with a fixed nine-digit fraction. */
    static final int FIXED_LENGTH = 30;
    /** {@code 2026-11-28T03:04:05}: the part shared by all the lines of one second. */
    private static final int SECOND_LENGTH = 19;
    /** The longest prefix the fallback looks at for the separating space. */
    private static final int LONGEST = 40;

    private final byte[] lastSecond = new byte[SECOND_LENGTH];
    private long lastEpochSecond = Long.MIN_VALUE;

    /** Where the text of the line read last by {@link #read} starts. */
    private int textStart;

    /**
     * Reads the timestamp at {@code bytes[from]} of a line ending before {@code to}; {@link #textStart()} then
     * tells where the text after it begins. Without a readable timestamp the time is null and the text starts at
     * {@code from}: the line is kept whole rather than lost.
     */
    Instant read(byte[] bytes, int from, int to) {
        if (to - from > FIXED_LENGTH && bytes[from + FIXED_LENGTH] == ' ') {
            Instant fixed = readFixed(bytes, from);
            if (fixed != null) {
                textStart = from + FIXED_LENGTH + 1;
                return fixed;
            }
        }
        return readAnyIso(bytes, from, to);
    }

    int textStart() {
        return textStart;
    }

    /** The fixed shape at {@code b[p…]} (30 bytes must be there), or null if the bytes are not exactly that. */
    Instant readFixed(byte[] b, int p) {
        if (b[p + 19] != '.' || b[p + 29] != 'Z') {
            return null;
        }
        int nanos = digits(b, p + 20, 9);
        if (nanos < 0) {
            return null;
        }
        if (lastEpochSecond != Long.MIN_VALUE
                && java.util.Arrays.equals(b, p, p + SECOND_LENGTH, lastSecond, 0, SECOND_LENGTH)) {
            return Instant.ofEpochSecond(lastEpochSecond, nanos);
        }
        long seconds = epochSecond(b, p);
        if (seconds == Long.MIN_VALUE) {
            return null;
        }
        System.arraycopy(b, p, lastSecond, 0, SECOND_LENGTH);
        lastEpochSecond = seconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** {@code 2026-11-28T03:04:05} as seconds since the epoch (UTC), or {@link Long#MIN_VALUE} if it is not one. */
    private static long epochSecond(byte[] b, int p) {
        if (b[p + 4] != '-' || b[p + 7] != '-' || b[p + 10] != 'T' || b[p + 13] != ':' || b[p + 16] != ':') {
            return Long.MIN_VALUE;
        }
        int year = digits(b, p, 4);
        int month = digits(b, p + 5, 2);
        int day = digits(b, p + 8, 2);
        int hour = digits(b, p + 11, 2);
        int minute = digits(b, p + 14, 2);
        int second = digits(b, p + 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1 || day > 31
                || hour > 23 || minute > 59 || second > 60) {
            return Long.MIN_VALUE;
        }
        return epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
    }

    /** The value of {@code count} ASCII digits, or -1 if one of them is not a digit. */
    private static int digits(byte[] b, int p, int count) {
        int value = 0;
        int bad = 0;
        for (int i = p; i < p + count; i++) {
            int digit = b[i] - '0';
            bad |= digit | (9 - digit); // negative if the byte is outside '0'…'9'
            value = value * 10 + digit;
        }
        return bad < 0 ? -1 : value;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }

    private Instant readAnyIso(byte[] bytes, int from, int to) {
        textStart = from;
        int limit = Math.min(to, from + LONGEST);
        for (int space = from; space < limit; space++) {
            if (bytes[space] == ' ') {
                try {
                    String text = new String(bytes, from, space - from, StandardCharsets.US_ASCII);
                    Instant time = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
                    textStart = space + 1;
                    return time;
                } catch (DateTimeParseException notATimestamp) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code b[p…]} holds the fixed-shape timestamp and its space, used to find the ones the engine puts
     * inside a long line (see {@link LogDecoder}).
     */
    boolean isFixedWithSpace(byte[] b, int p, int to) {
        return to - p > FIXED_LENGTH && b[p + FIXED_LENGTH] == ' ' && readFixed(b, p) != null;
    }
}
