package dev.berth.containers.details;

import atlantafx.base.theme.Styles;
import dev.berth.ui.AxisLabels;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * One metric over the last two minutes: a title, the latest reading, and an area chart whose time axis ends at the
 * newest sample. The chart keeps a fixed set of data points per line and changes their values in place on
 * {@link #redraw}, once per batch of samples; it never animates.
 */
final class MetricChart extends VBox {
    /** One line of the chart and where its numbers come from. */
    record Line(String name, MetricSeries series) {
    }

    private final List<Line> lines;
    private final boolean bytes;
    private final double floor;
    private final NumberAxis values = new NumberAxis();
    private final AreaChart<Number, Number> chart;

    MetricChart(String title, ObservableValue<String> reading, List<Line> lines, boolean bytes, double floor,
                DoubleFunction<String> tickText) {
        super(4);
        this.lines = lines;
        this.bytes = bytes;
        this.floor = floor;
        getStyleClass().add("metric-chart");
        Label name = new Label(title);
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label latest = new Label();
        latest.getStyleClass().addAll("metric-reading", "mono");
        latest.textProperty().bind(reading);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(8, name, spacer, latest);
        heading.setAlignment(Pos.BASELINE_LEFT);

        NumberAxis time = new NumberAxis(-StatsModel.WINDOW.toSeconds(), 0, 30);
        time.setAutoRanging(false);
        time.setMinorTickVisible(false);
        time.setTickLabelFormatter(AxisLabels.of(seconds -> seconds == 0 ? "now" : Math.round(-seconds) + " s ago"));
        values.setAutoRanging(false);
        values.setLowerBound(0);
        values.setMinorTickVisible(false);
        values.setTickLabelFormatter(AxisLabels.of(value -> Units.tick(tickText.apply(value))));
        chart = new AreaChart<>(time, values);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setVerticalZeroLineVisible(false); // x = 0 is "now", the right edge: no line needed there
        chart.setLegendVisible(lines.size() > 1);
        chart.setMinHeight(150);
        chart.setPrefHeight(190);
        VBox.setVgrow(chart, Priority.ALWAYS);
        for (Line line : lines) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(line.name());
            chart.getData().add(series);
        }
        getChildren().addAll(heading, chart);
        redraw(null);
    }

    /** Shows the series' current contents, with time measured back from {@code newest}. */
    void redraw(Instant newest) {
        double max = 0;
        for (int i = 0; i < lines.size(); i++) {
            MetricSeries source = lines.get(i).series();
            List<XYChart.Data<Number, Number>> points = chart.getData().get(i).getData();
            int count = newest == null ? 0 : source.size();
            if (points.size() > count) {
                points.subList(count, points.size()).clear();
            }
            while (points.size() < count) {
                points.add(new XYChart.Data<>(0, 0));
            }
            for (int p = 0; p < count; p++) {
                XYChart.Data<Number, Number> point = points.get(p);
                point.setXValue(-Duration.between(source.timeAt(p), newest).toMillis() / 1000.0);
                point.setYValue(source.valueAt(p));
            }
            max = Math.max(max, source.max());
        }
        AxisScale scale = bytes ? AxisScale.forBytes(max, floor) : AxisScale.forPlain(max, floor);
        values.setUpperBound(scale.upper());
        values.setTickUnit(scale.tick());
    }
}
