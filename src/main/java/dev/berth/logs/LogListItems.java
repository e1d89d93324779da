package dev.berth.logs;

import dev.berth.daemon.logs.LogLine;
import javafx.collections.ObservableListBase;

import java.util.Collections;

/**
 * The lines the list shows, as an observable list over the ring buffer without copying it: every line, or in
 * filter mode only the search's {@link LogSearch#shown()} lines. One change event per batch says "k removed at the
 * start, n added at the end", which a ListView turns into one layout pass.
 */
final class LogListItems extends ObservableListBase<LogLine> {
    private final LogBuffer buffer;
    private final LogSearch search;
    private boolean filtered;
    private int size;

    LogListItems(LogBuffer buffer, LogSearch search) {
        this.buffer = buffer;
        this.search = search;
    }

    @Override
    public LogLine get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Line " + index + " of " + size);
        }
        return filtered ? buffer.bySequence(search.shown().get(index)) : buffer.get(index);
    }

    @Override
    public int size() {
        return size;
    }

    boolean filtered() {
        return filtered;
    }

    /** The row of the line with this sequence number, or -1 if it is not shown. */
    int rowOf(long sequence) {
        return filtered ? search.shown().indexOf(sequence) : buffer.indexOf(sequence);
    }

    /** The sequence number of the line in {@code row}. */
    long sequenceAt(int row) {
        return filtered ? search.shown().get(row) : buffer.firstSequence() + row;
    }

    /**
     * Tells listeners what the last batch did: {@code droppedLines} lines left the buffer, {@code droppedShown} of
     * them were in the filter; whatever else changed in size was added at the end.
     */
    void batchApplied(long droppedLines, int droppedShown) {
        int removed = (int) Math.min(size, filtered ? droppedShown : droppedLines);
        int now = currentSize();
        int added = now - (size - removed);
        if (removed == 0 && added == 0) {
            return;
        }
        size = now;
        beginChange();
        if (removed > 0) {
            nextRemove(0, Collections.nCopies(removed, (LogLine) null));
        }
        if (added > 0) {
            nextAdd(now - added, now);
        }
        endChange();
    }

    /** Switches between all lines and the filtered lines, or re-reads the filter after a new query. */
    void reset(boolean filterMode) {
        filtered = filterMode;
        int old = size;
        size = currentSize();
        beginChange();
        if (old > 0) {
            nextRemove(0, Collections.nCopies(old, (LogLine) null));
        }
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
    }

    private int currentSize() {
        return filtered ? search.shown().size() : buffer.size();
    }
}
