package dev.berth.logs;

import dev.berth.daemon.logs.LogLine;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.regex.PatternSyntaxException;

/**
 * Search in a log view: the query (plain text or a regular expression, case-sensitive or not), "3 of 42" with
 * next and previous, and filter mode, which lists only the matching lines. The newest match is current after a new
 * query, since a log is read from its end.
 */
public final class LogSearchModel {
    private final LogSearch search;
    private final LogListItems lines;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty regex = new SimpleBooleanProperty(this, "regex", false);
    private final BooleanProperty caseSensitive = new SimpleBooleanProperty(this, "caseSensitive", false);
    private final BooleanProperty filter = new SimpleBooleanProperty(this, "filter", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    LogSearchModel(LogSearch search, LogListItems lines) {
        this.search = search;
        this.lines = lines;
        query.addListener((obs, old, now) -> rescan());
        regex.addListener((obs, old, now) -> rescan());
        caseSensitive.addListener((obs, old, now) -> rescan());
        filter.addListener((obs, old, now) -> showFiltered());
    }

    /** Searches the whole buffer again, for a new query or after the buffer was cleared. */
    void rescan() {
        LineMatcher matcher;
        try {
            matcher = LineMatcher.of(query.get(), regex.get(), caseSensitive.get());
            error.set("");
        } catch (PatternSyntaxException invalid) {
            matcher = null;
            error.set("Not a regular expression Berth can read: " + invalid.getDescription()
                    + (invalid.getIndex() >= 0 ? " (at character " + (invalid.getIndex() + 1) + ")" : ""));
        }
        search.setMatcher(matcher);
        showFiltered();
    }

    private void showFiltered() {
        lines.reset(filter.get() && search.active());
        changed();
    }

    /** Tests lines appended from sequence {@code from}; answers how many filtered rows the buffer dropped. */
    int appended(long from) {
        int droppedShown = search.appended(from);
        if (search.active()) {
            updateStatus();
        }
        return droppedShown;
    }

    public void next() {
        search.next();
        changed();
    }

    public void previous() {
        search.previous();
        changed();
    }

    private void changed() {
        updateStatus();
        revision.set(revision.get() + 1);
    }

    private void updateStatus() {
        int count = search.matchCount();
        status.set(!error.get().isEmpty() ? "Invalid pattern" : !search.active() ? ""
                : count == 0 ? "No matches" : String.format("%,d of %,d", search.currentIndex() + 1, count));
    }

    /** The row of {@link #lines} the current match is in, -1 when there is none. */
    public int currentRow() {
        long sequence = search.currentSequence();
        return sequence < 0 ? -1 : lines.rowOf(sequence);
    }

    /** Whether {@code line} is the current match (it is highlighted more strongly). */
    public boolean isCurrent(LogLine line, int row) {
        long sequence = search.currentSequence();
        return sequence >= 0 && row >= 0 && row < lines.size() && lines.sequenceAt(row) == sequence;
    }

    /** The match ranges in a line's escape-free text, as [start, end) pairs; empty when not searching. */
    public int[] matchRanges(String plainText, int within) {
        LineMatcher matcher = search.matcher();
        return matcher == null ? new int[0] : matcher.ranges(plainText, 1000, within);
    }

    public int matchCount() {
        return search.matchCount();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty regexProperty() {
        return regex;
    }

    public BooleanProperty caseSensitiveProperty() {
        return caseSensitive;
    }

    /** Filter mode: only matching lines (and gap markers) are listed. */
    public BooleanProperty filterProperty() {
        return filter;
    }

    /** "3 of 42", "No matches", "Invalid pattern", or "" without a query. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the regular expression does not compile, "" when it does. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Bumped when the query or the current match changes: the visible rows' highlights are stale. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
