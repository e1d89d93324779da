package dev.berth.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ModifiableObservableListBase;
import javafx.util.Callback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An observable list that, like {@code FXCollections.observableArrayList(extractor)}, reports a change of one of an
 * element's observables as an update of that element, except inside {@link #batchUpdates}: there the changes are
 * collected and reported once, as one update of the range that holds every changed element. A {@code SortedList}
 * sorts its whole source again for each update it is told of, so a refresh that changed 400 of 1,000 rows one event
 * at a time sorted 400 times; batched, it sorts once.
 *
 * @param <E> the element type; an element is in the list at most once
 */
final class RowList<E> extends ModifiableObservableListBase<E> {
    private final List<E> elements = new ArrayList<>();
    private final Callback<E, Observable[]> extractor;
    private final Map<E, InvalidationListener> watching = new IdentityHashMap<>();
    private Set<E> changedInBatch;

    RowList(Callback<E, Observable[]> extractor) {
        this.extractor = extractor;
    }

    /** Runs {@code updates}, which change elements' observables but not the list, and reports them as one change. */
    void batchUpdates(Runnable updates) {
        if (changedInBatch != null) {
            updates.run();
            return;
        }
        changedInBatch = Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            updates.run();
        } finally {
            Set<E> changed = changedInBatch;
            changedInBatch = null;
            reportUpdated(changed);
        }
    }

    private void reportUpdated(Set<E> changed) {
        if (changed.isEmpty()) {
            return;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < elements.size(); i++) {
            if (changed.contains(elements.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        beginChange();
        for (int i = first; i <= last; i++) {
            nextUpdate(i);
        }
        endChange();
    }

    private void elementChanged(E element) {
        if (changedInBatch != null) {
            changedInBatch.add(element);
            return;
        }
        int index = indexOfElement(element);
        if (index >= 0) {
            beginChange();
            nextUpdate(index);
            endChange();
        }
    }

    private int indexOfElement(E element) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == element) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public E get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    protected void doAdd(int index, E element) {
        elements.add(index, element);
        watch(element);
    }

    @Override
    protected E doSet(int index, E element) {
        E old = elements.set(index, element);
        unwatch(old);
        watch(element);
        return old;
    }

    @Override
    protected E doRemove(int index) {
        E old = elements.remove(index);
        unwatch(old);
        return old;
    }

    private void watch(E element) {
        InvalidationListener listener = changed -> elementChanged(element);
        watching.put(element, listener);
        for (Observable observable : extractor.call(element)) {
            observable.addListener(listener);
        }
    }

    private void unwatch(E element) {
        InvalidationListener listener = watching.remove(element);
        if (listener != null) {
            for (Observable observable : extractor.call(element)) {
                observable.removeListener(listener);
            }
        }
    }
}
