package dev.berth.logs;

import java.util.Arrays;

/**
 * An ascending list of line sequence numbers (the lines that match a search), grown at the end as lines arrive
 * and trimmed at the start as the buffer drops its oldest lines: both amortised O(1), in a plain {@code long[]}.
 */
final class SequenceIndex {
    private long[] values = new long[256];
    private int start;
    private int end;

    void add(long sequence) {
        if (end == values.length) {
            if (start >= values.length / 2) {
                System.arraycopy(values, start, values, 0, end - start);
            } else {
                values = Arrays.copyOf(values, values.length * 2);
            }
            end -= start;
            start = 0;
        }
        values[end++] = sequence;
    }

    /** Removes the sequence numbers below {@code first}; answers how many went. */
    int trimBelow(long first) {
        int before = start;
        while (start < end && values[start] < first) {
            start++;
        }
        int removed = start - before;
        if (start == end) {
            start = 0;
            end = 0;
        }
        return removed;
    }

    int size() {
        return end - start;
    }

    long get(int index) {
        if (index < 0 || index >= end - start) {
            throw new IndexOutOfBoundsException("Entry " + index + " of " + size());
        }
        return values[start + index];
    }

    /** The index of {@code sequence}, or -1 if it is not listed. */
    int indexOf(long sequence) {
        int found = Arrays.binarySearch(values, start, end, sequence);
        return found < 0 ? -1 : found - start;
    }

    /** The index of the first entry at or after {@code sequence}; {@link #size()} if there is none. */
    int firstAtOrAfter(long sequence) {
        int found = Arrays.binarySearch(values, start, end, sequence);
        return (found < 0 ? -found - 1 : found) - start;
    }

    void clear() {
        start = 0;
        end = 0;
        if (values.length > 4096) {
            values = new long[256];
        }
    }
}
