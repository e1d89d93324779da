package dev.berth.containers;

import dev.berth.ui.RelativeTime;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final int WORDINGS_KEPT = 1024;
    private static final Map<String, Optional<Worded>> WORDINGS = new ConcurrentHashMap<>();
    private static final Pattern COUNTED = Pattern.compile("^(\\d+) (second|minute|hour|day|week|month|year)s?$");

    private LiveStatus() {
    }

    static String at(String status, Instant listedAt, Instant now) {
        if (status == null || listedAt == null || now == null || !now.isAfter(listedAt)) {
            return status;
        }
        Worded aged = wordingOf(status);
        if (aged == null) {
            return status;
        }
        Instant since = listedAt.minusSeconds(aged.age().seconds());
        return aged.lead() + RelativeTime.since(since, now) + aged.trail();
    }

    /**
     * Whether {@code later}, listed at {@code now}, says what {@code status} listed at {@code listedAt} says, only
     * older: the same words around an age that counts from the same moment, as far as the engine's rounding tells
     * (and a second or two of listing delay). A container restarted meanwhile counts from a later moment.
     */
    static boolean onlyAged(String status, Instant listedAt, String later, Instant now) {
        Worded before = status == null ? null : wordingOf(status);
        Worded after = later == null ? null : wordingOf(later);
        if (before == null || after == null || listedAt == null || now == null
                || !before.lead().equals(after.lead()) || !before.trail().equals(after.trail())) {
            return false;
        }
        long fromFirst = listedAt.getEpochSecond() - before.age().seconds();
        long fromSecond = now.getEpochSecond() - after.age().seconds();
        return Math.abs(fromFirst - fromSecond)
                <= before.age().precision() + after.age().precision() + LISTING_DELAY_SECONDS;
    }

    /** A status in the engine's wording: the words before its age, the age, and the words after it ("ago", health). */
    private record Worded(String lead, Age age, String trail) {
    }

    /**
     * The engine's wording of {@code status}, or null for text worded otherwise. Read once per text: a listing of
     * a thousand containers holds a few dozen different ones, and a refresh reads them all.
     */
    private static Worded wordingOf(String status) {
        Optional<Worded> known = WORDINGS.get(status);
        if (known == null) {
            if (WORDINGS.size() >= WORDINGS_KEPT) {
                WORDINGS.clear();
            }
            known = Optional.ofNullable(parse(status));
            WORDINGS.put(status, known);
        }
        return known.orElse(null);
    }

    private static Worded parse(String status) {
        Matcher aged = AGED.matcher(status);
        if (!aged.matches() || aged.group(1).startsWith("Up ") == (aged.group(3) != null)) {
            return null; // "Up … ago" or an exit without "ago": not the engine's wording
        }
        Age age = ageOf(aged.group(2));
        if (age == null) {
            return null;
        }
        return new Worded(aged.group(1), age, (aged.group(3) == null ? "" : aged.group(3))
                + (aged.group(4) == null ? "" : aged.group(4)));
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
