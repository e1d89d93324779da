package dev.berth.logs;

import dev.berth.daemon.logs.LogLine;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a log view holds: the ring buffer of lines, the gap markers among them, the search index over them and the
 * observable list the view shows. Appending a batch updates all four in one step and fires one list change.
 */
final class LogContent {
    private final LogBuffer buffer;
    /** The gap markers still in the buffer, by identity, with their sequence numbers. */
    private final Map<LogLine, Long> markers = new IdentityHashMap<>();
    private final LogSearch search;
    private final LogListItems lines;
    private final LogSearchModel searchModel;
    private final ReadOnlyLongWrapper lineCount = new ReadOnlyLongWrapper(this, "lineCount");
    private final ReadOnlyLongWrapper dropped = new ReadOnlyLongWrapper(this, "dropped");
    /** Lazy: formatted only when shown, not for every batch. */
    private final StringBinding droppedNote = Bindings.createStringBinding(() -> dropped.get() == 0 ? ""
            : String.format("%,d earlier %s dropped (the view keeps the newest %,d) — save the full log",
            dropped.get(), dropped.get() == 1 ? "line" : "lines", capacity()), dropped);
    /** Shown after every batch, so formatted with a NumberFormat rather than the slower {@code String.format}. */
    private final NumberFormat count = NumberFormat.getIntegerInstance();
    private final StringBinding summary = Bindings.createStringBinding(
            () -> count.format(lineCount.get()) + " lines", lineCount);

    LogContent(int capacity) {
        buffer = new LogBuffer(capacity);
        search = new LogSearch(buffer, markers::containsKey);
        lines = new LogListItems(buffer, search);
        searchModel = new LogSearchModel(search, lines);
    }

    /** Appends the batches in order, as one change. */
    void append(List<? extends List<LogLine>> batches) {
        long droppedBefore = buffer.dropped();
        long from = buffer.appended();
        for (int i = 0, n = batches.size(); i < n; i++) {
            buffer.append(batches.get(i));
        }
        appended(from, droppedBefore);
    }

    /** Adds a line that is not from the log but says where lines may be missing. */
    void appendMarker(String text, Instant time) {
        LogLine marker = new LogLine(LogLine.Source.STDOUT, text, time);
        markers.put(marker, buffer.appended());
        long droppedBefore = buffer.dropped();
        long from = buffer.appended();
        buffer.appendPinned(marker); // kept as this object: markers are told apart by identity
        appended(from, droppedBefore);
    }

    private void appended(long from, long droppedBefore) {
        int droppedShown = searchModel.appended(from);
        shown(buffer.dropped() - droppedBefore, droppedShown);
    }

    private void shown(long droppedLines, int droppedShown) {
        lines.batchApplied(droppedLines, droppedShown);
        if (droppedLines > 0) {
            markers.values().removeIf(sequence -> sequence < buffer.firstSequence());
        }
        dropped.set(buffer.dropped());
        lineCount.set(buffer.size() - markers.size());
    }

    void clear() {
        buffer.clear();
        markers.clear();
        searchModel.rescan();
        shown(0, 0);
    }

    boolean isEmpty() {
        return buffer.size() == 0;
    }

    /** Whether the newest entry is a gap marker: no line came since it. */
    boolean endsWithMarker() {
        return !isEmpty() && markers.containsValue(buffer.appended() - 1);
    }

    boolean isMarker(LogLine line) {
        return markers.containsKey(line);
    }

    /**
     * The lines to save, without the gap markers: all of them, or only the matching ones; frozen, for the writer
     * thread to make the lines (the FX thread only copies where they are).
     */
    List<LogLine> snapshot(boolean matchesOnly) {
        boolean onlyMatches = matchesOnly && search.active();
        int count = onlyMatches ? search.matches().size() : buffer.size();
        int[] indexes = new int[count];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int index = onlyMatches ? buffer.indexOf(search.matches().get(i)) : i;
            if (!buffer.isPinned(index)) { // the pinned lines are the gap markers
                indexes[kept++] = index;
            }
        }
        return buffer.freeze(kept == count ? indexes : Arrays.copyOf(indexes, kept));
    }

    int capacity() {
        return buffer.capacity();
    }

    LogListItems lines() {
        return lines;
    }

    LogSearchModel search() {
        return searchModel;
    }

    ReadOnlyLongProperty lineCountProperty() {
        return lineCount.getReadOnlyProperty();
    }

    StringBinding droppedNote() {
        return droppedNote;
    }

    StringBinding summary() {
        return summary;
    }

    ReadOnlyLongProperty droppedProperty() {
        return dropped.getReadOnlyProperty();
    }
}
