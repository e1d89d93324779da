package dev.berth.ui;

import javafx.scene.chart.NumberAxis;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

import java.util.function.DoubleFunction;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

/** Tick labels of a chart's number axis, written by a function; axis labels are only shown, never parsed. */
public final class AxisLabels {
    /** The least room between two neighbouring labels, in pixels. */
    static final double GAP = 12;
    private static final double[] STEPS = {1, 2, 5};

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

    /** A value axis from zero: its round upper bound and the round distance between ticks. */
    public record Ticks(double upper, double unit) {
        int count() {
            return (int) Math.round(upper / unit) + 1;
        }
    }

    /**
     * Makes a horizontal value axis from zero show {@code text}'s labels at round ticks that never touch: the
     * finest step of 1, 2 or 5 times a power of ten whose labels fit the axis's width. Call the answer when the
     * largest value ({@code max}) changes; the axis calls it itself when its width does.
     */
    public static Runnable fitTicks(NumberAxis axis, DoubleFunction<String> text, DoubleSupplier max) {
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(of(text));
        Text probe = new Text();
        ToDoubleFunction<String> width = label -> {
            probe.setFont(axis.getTickLabelFont());
            probe.setText(label);
            return probe.getLayoutBounds().getWidth();
        };
        Runnable fit = () -> {
            if (axis.getWidth() > 0) {
                Ticks ticks = fitting(max.getAsDouble(), axis.getWidth(), text, width);
                axis.setUpperBound(ticks.upper());
                axis.setTickUnit(ticks.unit());
            }
        };
        axis.widthProperty().addListener(resized -> fit.run());
        return fit;
    }

    /**
     * The finest round ticks (whole numbers) from zero to at least {@code max} whose labels, centred on their ticks
     * along {@code length} pixels, keep {@link #GAP} apart; two ticks (zero and a round upper bound) when none fits.
     */
    static Ticks fitting(double max, double length, DoubleFunction<String> text, ToDoubleFunction<String> width) {
        double top = Math.max(max, 1);
        double power = Math.max(1, Math.pow(10, Math.floor(Math.log10(top)) - 2));
        while (true) {
            for (double step : STEPS) {
                double unit = step * power;
                Ticks ticks = new Ticks(Math.ceil(top / unit) * unit, unit);
                if (ticks.count() <= 2 || fits(ticks, length, text, width)) {
                    return ticks;
                }
            }
            power *= 10;
        }
    }

    private static boolean fits(Ticks ticks, double length, DoubleFunction<String> text,
                                ToDoubleFunction<String> width) {
        double pixelsPerTick = length / (ticks.count() - 1);
        double previous = width.applyAsDouble(text.apply(0));
        for (int tick = 1; tick < ticks.count(); tick++) {
            double current = width.applyAsDouble(text.apply(tick * ticks.unit()));
            if ((previous + current) / 2 + GAP > pixelsPerTick) {
                return false;
            }
            previous = current;
        }
        return true;
    }
}
