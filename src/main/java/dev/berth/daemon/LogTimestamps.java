package dev.berth.daemon;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The timestamp the engine puts before every log line when asked ({@code docker logs --timestamps}):
 * {@code 2026-11-28T03:04:05.123456789Z} and a space. The engine always writes that fixed shape (nine fraction
 * digits, UTC), so it is read digit by digit without a parser; anything else falls back to the ISO parser.
 */
final class LogTimestamps {
    /** {@code 2026-11-28T03:04:05.123456789Z}: the engine's RFC3339Nano with a fixed nine-digit fraction. */
    static final int FIXED_LENGTH = 30;
    /** The longest prefix the fallback looks at for the separating space. */
    private static final int LONGEST = 40;

    private LogTimestamps() {
    }

    /** The parse of one line's start: the time (or null) and where the text after the separating space begins. */
    record Parsed(Instant time, int textStart) {
    }

    /**
     * Reads the timestamp at {@code bytes[from]} of a line ending before {@code to}. Without a readable timestamp
     * the time is null and the text starts at {@code from}: the line is kept whole rather than lost.
     */
    static Parsed parse(byte[] bytes, int from, int to) {
        if (to - from > FIXED_LENGTH && bytes[from + FIXED_LENGTH] == ' ') {
            Instant fixed = parseFixed(bytes, from);
            if (fixed != null) {
                return new Parsed(fixed, from + FIXED_LENGTH + 1);
            }
        }
        return parseAnyIso(bytes, from, to);
    }

    /** The fixed shape, or null if the bytes are not exactly that. */
    static Instant parseFixed(byte[] b, int p) {
        if (b[p + 4] != '-' || b[p + 7] != '-' || b[p + 10] != 'T' || b[p + 13] != ':' || b[p + 16] != ':'
                || b[p + 19] != '.' || b[p + 29] != 'Z') {
            return null;
        }
        int year = digits(b, p, 4);
        int month = digits(b, p + 5, 2);
        int day = digits(b, p + 8, 2);
        int hour = digits(b, p + 11, 2);
        int minute = digits(b, p + 14, 2);
        int second = digits(b, p + 17, 2);
        int nanos = digits(b, p + 20, 9);
        if ((year | month | day | hour | minute | second | nanos) < 0 || month < 1 || month > 12 || day < 1
                || day > 31 || hour > 23 || minute > 59 || second > 60) {
            return null;
        }
        long seconds = epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The value of {@code count} ASCII digits, or -1 if one of them is not a digit. */
    private static int digits(byte[] b, int p, int count) {
        int value = 0;
        for (int i = p; i < p + count; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
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

    private static Parsed parseAnyIso(byte[] bytes, int from, int to) {
        int limit = Math.min(to, from + LONGEST);
        for (int space = from; space < limit; space++) {
            if (bytes[space] == ' ') {
                try {
                    String text = new String(bytes, from, space - from, java.nio.charset.StandardCharsets.US_ASCII);
                    Instant time = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
                    return new Parsed(time, space + 1);
                } catch (DateTimeParseException notATimestamp) {
                    break;
                }
            }
        }
        return new Parsed(null, from);
    }

    /**
     * Whether {@code b[p…]} holds the fixed-shape timestamp and its space, used to find the ones the engine puts
     * inside a long line (see {@link LogDecoder}).
     */
    static boolean isFixedWithSpace(byte[] b, int p, int to) {
        return to - p > FIXED_LENGTH && b[p + FIXED_LENGTH] == ' ' && parseFixed(b, p) != null;
    }
}
