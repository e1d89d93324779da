package dev.berth.logs;

import dev.berth.daemon.logs.LogLine;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;

import java.util.Collections;
import java.util.function.IntSupplier;

/**
 * The rows the log list holds: while it follows the newest line, only the newest {@link #limit} rows of the
 * model's lines (and any selected row older than those); otherwise all of them.
 * <p>
 * Why: JavaFX 21's VirtualFlow walks every row on each layout, even with a fixed cell size
 * ({@code computeCurrentIndex}, {@code computeViewportOffset}, {@code recalculateAndImproveEstimatedSize} loop over
 * the row count and a cache of boxed sizes). A followed log is laid out on every frame, so with a full buffer that
 * walk would be most of the FX thread's work. A window keeps the work per frame independent of the buffer size.
 * The rows that leave or join the window are reported as removed or inserted at the start, so the list's selection
 * and focus move with them, as they do when the buffer drops its oldest lines.
 */
final class LogTailWindow extends ObservableListBase<LogLine> {
    /** Rows kept while following: many screens of rows, a negligible walk per layout. */
    static final int DEFAULT_LIMIT = 2_000;

    private final ObservableList<LogLine> source;
    private final int limit;
    private final IntSupplier firstSelected;
    private boolean windowed;
    /** The source row of this list's row 0. */
    private int start;
    private int size;

    /**
     * @param firstSelected this list's lowest selected row, or -1: the window does not slide past it, so a
     *                      selection made while following stays selected until the buffer itself drops its lines
     */
    LogTailWindow(ObservableList<LogLine> source, int limit, IntSupplier firstSelected) {
        if (limit < 1) {
            throw new IllegalArgumentException("A follow window holds at least one row, not " + limit);
        }
        this.source = source;
        this.limit = limit;
        this.firstSelected = firstSelected;
        this.size = source.size();
        source.addListener(this::sourceChanged);
    }

    @Override
    public LogLine get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Row " + index + " of " + size);
        }
        return source.get(start + index);
    }

    @Override
    public int size() {
        return size;
    }

    /** The row of the model's lines that this list's {@code row} shows. */
    int sourceRow(int row) {
        return start + row;
    }

    boolean windowed() {
        return windowed;
    }

    /** Holds only the newest rows (true) or all of them (false). */
    void setWindowed(boolean window) {
        if (window == windowed) {
            return;
        }
        windowed = window;
        int total = source.size();
        int newStart = window ? windowStart(total, pinnedSourceRow(0)) : 0;
        int kept = total - Math.max(start, newStart);
        update(newStart, total, size - kept, newStart > start ? 0 : start - newStart);
    }

    private void sourceChanged(ListChangeListener.Change<? extends LogLine> change) {
        int removedAtStart = 0;
        boolean reset = false;
        int oldTotal = source.size();
        while (change.next()) {
            oldTotal += change.getRemovedSize() - change.getAddedSize();
            if (change.wasRemoved()) {
                if (change.getFrom() == 0 && !reset) {
                    removedAtStart += change.getRemovedSize();
                } else {
                    reset = true; // not the buffer's way (oldest out, newest in): start over
                }
            }
        }
        int total = source.size();
        if (reset || removedAtStart >= oldTotal) {
            int newStart = windowed ? windowStart(total, -1) : 0;
            update(newStart, total, size, 0);
            return;
        }
        int pinned = pinnedSourceRow(removedAtStart);
        int newStart = windowed ? windowStart(total, pinned) : 0;
        // the old window's rows still in the source are, in new source rows, firstSurvivor … oldTotal - removed
        int firstSurvivor = Math.max(start, removedAtStart) - removedAtStart;
        int kept = Math.max(0, oldTotal - removedAtStart - Math.max(firstSurvivor, newStart));
        update(newStart, total, size - kept, 0);
    }

    /** The source row (after {@code removedAtStart} rows left the source) of the oldest selected row, or -1. */
    private int pinnedSourceRow(int removedAtStart) {
        int row = firstSelected.getAsInt();
        int sourceRow = row < 0 ? -1 : start + row - removedAtStart;
        return sourceRow < 0 ? -1 : sourceRow;
    }

    private int windowStart(int total, int pinned) {
        int newest = Math.max(0, total - limit);
        return pinned >= 0 ? Math.min(newest, pinned) : newest;
    }

    /**
     * Moves to {@code newStart} over {@code total} source rows and fires one change: {@code removed} rows gone from
     * the start, {@code inserted} rows new at the start, and whatever else changed in size added at the end.
     */
    private void update(int newStart, int total, int removed, int inserted) {
        int oldSize = size;
        start = newStart;
        size = total - newStart;
        int added = size - (oldSize - removed) - inserted;
        if (removed == 0 && inserted == 0 && added == 0) {
            return;
        }
        beginChange();
        if (removed > 0) {
            nextRemove(0, Collections.nCopies(removed, (LogLine) null));
        }
        if (inserted > 0) {
            nextAdd(0, inserted);
        }
        if (added > 0) {
            nextAdd(size - added, size);
        }
        endChange();
    }
}
