package dev.berth.containers;

import dev.berth.ui.RelativeTime;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's status text ("Up 5 seconds", "Exited (0) 3 minutes ago") kept true as time goes by: the engine says
 * it once, when it lists the containers, and a running container is not listed again until something happens to
 * it (and a listing that only says it is older changes nothing shown, see {@link #onlyAged}). The age in the text is read back (as coarsely as the engine wrote it), the time since the listing added, and
 * the text written again the way the engine writes it. Text without an age ("Created", "Restarting (1) …") is kept.
 */
final class LiveStatus {
    private static final Pattern AGED = Pattern.compile(
            "^(Up |Exited \\(-?\\d+\\) )(.+?)( ago)?( \\(.+\\))?$");
    private static final Map<String, Long> WORDED = Map.of("Less than a second", 0L, "About a minute", 60L,
            "About an hour", 3600L);
    /** How much later than the engine wrote it a listing may be taken to be. */
    private static final long LISTING_DELAY_SECONDS = 2;
    private static final Pattern COUNTED = Pattern.compile("^(\\d+) (second|minute|hour|day|week|month|year)s?$");

    private LiveStatus() {
    }

    static String at(String status, Instant listedAt, Instant now) {
        if (status == null || listedAt == null || now == null || !now.isAfter(listedAt)) {
            return status;
        }
        Matcher aged = engineWorded(status);
        if (aged == null) {
            return status;
        }
        Age age = ageOf(aged.group(2));
        if (age == null) {
            return status;
        }
        Instant since = listedAt.minusSeconds(age.seconds());
        return aged.group(1) + RelativeTime.since(since, now) + (aged.group(3) == null ? "" : aged.group(3))
                + (aged.group(4) == null ? "" : aged.group(4));
    }

    /**
     * Whether {@code later}, listed at {@code now}, says what {@code status} listed at {@code listedAt} says, only
     * older: the same words around an age that counts from the same moment, as far as the engine's rounding tells
     * (and a second or two of listing delay). A container restarted meanwhile counts from a later moment.
     */
    static boolean onlyAged(String status, Instant listedAt, String later, Instant now) {
        Matcher before = status == null ? null : engineWorded(status);
        Matcher after = later == null ? null : engineWorded(later);
        if (before == null || after == null || listedAt == null || now == null
                || !before.group(1).equals(after.group(1)) || !Objects.equals(before.group(3), after.group(3))
                || !Objects.equals(before.group(4), after.group(4))) {
            return false;
        }
        Age first = ageOf(before.group(2));
        Age second = ageOf(after.group(2));
        if (first == null || second == null) {
            return false;
        }
        long fromFirst = listedAt.getEpochSecond() - first.seconds();
        long fromSecond = now.getEpochSecond() - second.seconds();
        return Math.abs(fromFirst - fromSecond) <= first.precision() + second.precision() + LISTING_DELAY_SECONDS;
    }

    /** The parts of the engine's wording of an age, or null for text worded otherwise. */
    private static Matcher engineWorded(String status) {
        Matcher aged = AGED.matcher(status);
        if (!aged.matches() || aged.group(1).startsWith("Up ") == (aged.group(3) != null)) {
            return null; // "Up … ago" or an exit without "ago": not the engine's wording
        }
        return aged;
    }

    /**
     * An age as a go-units HumanDuration words it: at least {@code seconds}, and as coarse as {@code precision} (its
     * unit; hours and more are rounded rather than cut).
     */
    private record Age(long seconds, long precision) {
    }

    /** The age a go-units HumanDuration stands for, or null if the text is not one. */
    private static Age ageOf(String human) {
        Long worded = WORDED.get(human);
        if (worded != null) {
            return new Age(worded, Math.max(1, worded));
        }
        Matcher counted = COUNTED.matcher(human);
        if (!counted.matches()) {
            return null;
        }
        long unit = switch (counted.group(2)) {
            case "second" -> 1;
            case "minute" -> 60;
            case "hour" -> 3600;
            case "day" -> 86_400;
            case "week" -> 7 * 86_400;
            case "month" -> 30 * 86_400;
            default -> 365 * 86_400;
        };
        return new Age(Long.parseLong(counted.group(1)) * unit, unit);
    }
}
