package dev.berth.logs;

import dev.berth.daemon.logs.LogLine;
import dev.berth.ui.text.AnsiText;

import java.util.function.Predicate;

/**
 * The lines of a {@link LogBuffer} that match the current search, kept up to date incrementally: a new query scans
 * the buffer once; after that only arriving lines are tested, and lines the buffer drops are trimmed off the front.
 * So filter mode stays cheap at a million lines. {@link #shown()} is what filter mode lists: the matches plus the
 * gap markers (which say where lines may be missing, and so belong in any view of the log).
 */
final class LogSearch {
    private final LogBuffer buffer;
    private final Predicate<LogLine> isMarker;
    private final SequenceIndex matches = new SequenceIndex();
    private final SequenceIndex shown = new SequenceIndex();
    private LineMatcher matcher;
    /** The current match, as an index into {@link #matches}; -1 when there is none. */
    private int current = -1;

    LogSearch(LogBuffer buffer, Predicate<LogLine> isMarker) {
        this.buffer = buffer;
        this.isMarker = isMarker;
    }

    /** Searches the whole buffer for a new query (null: no search); the newest match becomes current. */
    void setMatcher(LineMatcher next) {
        matcher = next;
        matches.clear();
        shown.clear();
        if (matcher != null) {
            long first = buffer.firstSequence();
            for (int i = 0, n = buffer.size(); i < n; i++) {
                test(first + i, buffer.get(i));
            }
        }
        current = matches.size() - 1;
    }

    LineMatcher matcher() {
        return matcher;
    }

    boolean active() {
        return matcher != null;
    }

    /**
     * Tests the lines appended since sequence {@code from}, after trimming what the buffer dropped; answers how many
     * of the {@link #shown()} lines were trimmed.
     */
    int appended(long from) {
        if (matcher == null) {
            return 0;
        }
        int trimmed = trim();
        long start = Math.max(from, buffer.firstSequence());
        for (long sequence = start; sequence < buffer.appended(); sequence++) {
            test(sequence, buffer.bySequence(sequence));
        }
        if (current < 0 && matches.size() > 0) {
            current = 0;
        }
        return trimmed;
    }

    private int trim() {
        int gone = matches.trimBelow(buffer.firstSequence());
        if (current >= 0) {
            current = current >= gone ? current - gone : matches.size() > 0 ? 0 : -1;
        }
        return shown.trimBelow(buffer.firstSequence());
    }

    private void test(long sequence, LogLine line) {
        boolean marker = isMarker.test(line);
        if (!marker && matcher.matches(AnsiText.strip(line.text()))) {
            matches.add(sequence);
            shown.add(sequence);
        } else if (marker) {
            shown.add(sequence);
        }
    }

    void next() {
        if (matches.size() > 0) {
            current = (current + 1) % matches.size();
        }
    }

    void previous() {
        if (matches.size() > 0) {
            current = (current - 1 + matches.size()) % matches.size();
        }
    }

    int matchCount() {
        return matches.size();
    }

    /** 0-based index of the current match among all matches, -1 when there is none. */
    int currentIndex() {
        return current;
    }

    /** The sequence number of the current match's line, -1 when there is none. */
    long currentSequence() {
        return current < 0 ? -1 : matches.get(current);
    }

    SequenceIndex shown() {
        return shown;
    }

    SequenceIndex matches() {
        return matches;
    }

    void clear() {
        matches.clear();
        shown.clear();
        current = -1;
    }
}
