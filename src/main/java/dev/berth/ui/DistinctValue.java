package dev.berth.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectPropertyBase;
import javafx.beans.value.ObservableValue;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed from others that tells its observers only when it comes out different. A binding tells them at
 * every change of what it depends on: a table cell showing "Up 5 minutes" from the age clock was laid out again,
 * and its table repainted, at every tick of the clock, though its words change once a minute.
 */
public final class DistinctValue<T> extends ReadOnlyObjectPropertyBase<T> {
    private final Supplier<T> compute;
    private final InvalidationListener recompute = changed -> refresh();
    private T value;

    private DistinctValue(Supplier<T> compute, Observable... dependencies) {
        this.compute = compute;
        this.value = compute.get();
        for (Observable dependency : dependencies) {
            // held weakly: whoever shows this value keeps it alive, and the clock does not keep it longer
            dependency.addListener(new WeakInvalidationListener(recompute));
        }
    }

    /** {@code compute}'s result, computed again whenever one of {@code dependencies} changes. */
    public static <T> ObservableValue<T> of(Supplier<T> compute, Observable... dependencies) {
        return new DistinctValue<>(compute, dependencies);
    }

    private void refresh() {
        T next = compute.get(); // reads the dependencies, so that they tell of their next change too
        if (!Objects.equals(next, value)) {
            value = next;
            fireValueChangedEvent();
        }
    }

    @Override
    public T get() {
        return value;
    }

    @Override
    public Object getBean() {
        return null;
    }

    @Override
    public String getName() {
        return "";
    }
}
