package dev.berth.ui;

import javafx.util.StringConverter;

import java.util.function.DoubleFunction;

/** Tick labels of a chart's number axis, written by a function; axis labels are only shown, never parsed. */
public final class AxisLabels {
    private AxisLabels() {
    }

    public static StringConverter<Number> of(DoubleFunction<String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return text.apply(value.doubleValue());
            }

            @Override
            public Number fromString(String string) {
                throw new UnsupportedOperationException("axis labels are only shown");
            }
        };
    }
}
