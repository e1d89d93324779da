package dev.berth.containers.details;

import dev.berth.daemon.containers.ProcessList;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** The Processes page's table: `docker top`'s column titles, as the engine chose them, and one row per process. */
public final class ProcessTable {
    private final ObservableList<String> titles = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    // Held here: an unmodifiable view only weakly listens to its list, so a fresh one per call could lose listeners.
    private final ObservableList<String> readOnlyTitles = FXCollections.unmodifiableObservableList(titles);
    private final ObservableList<List<String>> readOnlyRows = FXCollections.unmodifiableObservableList(rows);

    void apply(ProcessList list) {
        if (!titles.equals(list.titles())) {
            titles.setAll(list.titles()); // the view rebuilds its columns only when they really change
        }
        rows.setAll(list.rows());
    }

    void clear() {
        rows.clear();
        titles.clear();
    }

    public ObservableList<String> titles() {
        return readOnlyTitles;
    }

    public ObservableList<List<String>> rows() {
        return readOnlyRows;
    }
}
