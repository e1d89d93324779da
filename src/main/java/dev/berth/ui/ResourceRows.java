package dev.berth.ui;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.util.Callback;

import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A resource tab's rows as its view shows them: every row, the ones the search (and any further filter) lets
 * through, the selected row, the row the view should select next, and whether the first list arrived. A
 * {@link LiveRows} fills it; it changes on the UI thread only.
 *
 * @param <R> the row type
 */
public final class ResourceRows<R> {
    private final RowList<R> rows;
    private final ObservableList<R> readOnlyRows;
    private final FilteredList<R> visible;
    private final BiPredicate<R, String> matches;
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyObjectWrapper<R> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<R> selectionRequest = new ReadOnlyObjectWrapper<>(this, "selectionRequest");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private Predicate<R> narrowing = row -> true;

    /**
     * @param changes what in a row changes it, so that the filter and the table see the change
     * @param matches whether a row matches the search text
     */
    public ResourceRows(Callback<R, Observable[]> changes, BiPredicate<R, String> matches) {
        this.rows = new RowList<>(changes);
        this.readOnlyRows = FXCollections.unmodifiableObservableList(rows);
        this.visible = new FilteredList<>(rows);
        this.matches = matches;
        filterText.addListener((obs, old, text) -> refilter());
    }

    /** Shows only rows that also pass {@code admits} (a state or a kind the user chose), besides the search. */
    public void narrow(Predicate<R> admits) {
        narrowing = admits;
        refilter();
    }

    private void refilter() {
        String text = filterText.get();
        Predicate<R> admits = narrowing;
        visible.setPredicate(row -> matches.test(row, text) && admits.test(row));
    }

    /**
     * Runs {@code updates}, which change rows but add or remove none, as one change of the list: a sorted view of it
     * sorts once for all of them rather than once per row.
     */
    public void updateTogether(Runnable updates) {
        rows.batchUpdates(updates);
    }

    /** The list {@link LiveRows} keeps; nobody else adds or removes rows. */
    RowList<R> modifiableRows() {
        return rows;
    }

    void markLoaded() {
        loaded.set(true);
    }

    /** Asks the view to select {@code row}; the same row asked again notifies again. */
    void requestSelection(R row) {
        selectionRequest.set(null);
        selectionRequest.set(row);
    }

    public ObservableList<R> all() {
        return readOnlyRows;
    }

    /** The rows the search and the filter let through, in list order. */
    public FilteredList<R> visible() {
        return visible;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The view reports the table's (focused) selection here; the details and the actions follow it. */
    public void select(R row) {
        selected.set(row);
    }

    /** The selected row; cleared before its row goes. */
    public ReadOnlyObjectProperty<R> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The row the view should select next (see {@link LiveRows#selectWhenListed}). */
    public ReadOnlyObjectProperty<R> selectionRequestProperty() {
        return selectionRequest.getReadOnlyProperty();
    }

    /** False until the first list arrived, so the view can tell "loading" from "nothing there". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
