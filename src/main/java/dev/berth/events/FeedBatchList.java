package dev.berth.events;

import javafx.collections.ModifiableObservableListBase;

import java.util.ArrayList;
import java.util.List;

/**
 * The table's rows. One batch of the feed — the oldest rows dropped, the newest added — is one change for the
 * table, so that the view decides once per batch whether it follows the end or keeps the user's place.
 */
final class FeedBatchList extends ModifiableObservableListBase<FeedEntry> {
    private final ArrayList<FeedEntry> rows = new ArrayList<>();

    /** Drops {@code dropOldest} rows at the top and appends {@code newest} at the bottom, as one change. */
    void advance(int dropOldest, List<FeedEntry> newest) {
        if (dropOldest == 0 && newest.isEmpty()) {
            return;
        }
        beginChange();
        try {
            if (dropOldest > 0) {
                removeRange(0, dropOldest);
            }
            addAll(newest);
        } finally {
            endChange();
        }
    }

    @Override
    public void removeRange(int from, int to) { // one array copy, not one per row
        if (from == to) {
            return;
        }
        beginChange();
        try {
            List<FeedEntry> removed = new ArrayList<>(rows.subList(from, to));
            rows.subList(from, to).clear();
            nextRemove(from, removed);
        } finally {
            endChange();
        }
    }

    @Override
    public FeedEntry get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, FeedEntry element) {
        rows.add(index, element);
    }

    @Override
    protected FeedEntry doSet(int index, FeedEntry element) {
        return rows.set(index, element);
    }

    @Override
    protected FeedEntry doRemove(int index) {
        return rows.remove(index);
    }
}
