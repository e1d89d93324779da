package dev.berth.system;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.system.DiskUsage;
import dev.berth.ui.AxisLabels;
import dev.berth.ui.text.ByteSizes;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/**
 * The disk usage card, as {@code docker system df}: a stacked bar per type (in use, reclaimable) and the table of
 * counts and sizes. New answers change the bars' values and the rows in place, so nothing jumps on refresh.
 */
final class DiskUsagePane extends VBox {
    private static final List<String> TYPES = List.of("Images", "Containers", "Local Volumes", "Build Cache");

    private final XYChart.Series<Number, String> inUse = new XYChart.Series<>();
    private final XYChart.Series<Number, String> reclaimable = new XYChart.Series<>();
    private final TableView<DiskUsage.Category> table = new TableView<>();
    private Runnable fitTicks;

    DiskUsagePane(ObservableValue<DiskUsage> usage, ObservableValue<Boolean> computing) {
        super(10);
        getStyleClass().addAll("system-card", "disk-usage");
        Label title = new Label("Disk usage");
        title.getStyleClass().add(Styles.TITLE_4);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label progress = new Label("Computing disk usage…", spinner);
        progress.setId("disk-usage-progress");
        progress.getStyleClass().add(Styles.TEXT_MUTED);
        progress.visibleProperty().bind(computing);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, progress);
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, chart(), table());
        usage.subscribe(this::show);
    }

    private StackedBarChart<Number, String> chart() {
        NumberAxis bytes = new NumberAxis();
        fitTicks = AxisLabels.fitTicks(bytes, value -> ByteSizes.human((long) value), this::largestBar);
        CategoryAxis types = new CategoryAxis();
        types.getCategories().setAll(TYPES);
        StackedBarChart<Number, String> chart = new StackedBarChart<>(bytes, types);
        chart.setId("disk-usage-chart");
        chart.setAnimated(false);
        chart.setCategoryGap(14);
        chart.setPrefHeight(220);
        chart.setMinHeight(180);
        inUse.setName("In use");
        reclaimable.setName("Reclaimable");
        for (String type : TYPES) {
            inUse.getData().add(new XYChart.Data<>(0, type));
            reclaimable.getData().add(new XYChart.Data<>(0, type));
        }
        chart.getData().setAll(List.of(inUse, reclaimable));
        return chart;
    }

    private TableView<DiskUsage.Category> table() {
        table.setId("disk-usage-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        table.setPrefHeight(28 * 4 + 40);
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setPlaceholder(new Label("Computing disk usage…"));
        table.getColumns().setAll(List.of(
                column("Type", 120, DiskUsage.Category::type),
                column("Total", 60, category -> String.valueOf(category.totalCount())),
                column("Active", 60, category -> String.valueOf(category.active())),
                column("Size", 90, category -> ByteSizes.human(category.size())),
                column("Reclaimable", 130, DiskUsagePane::reclaimableText)));
        return table;
    }

    static String reclaimableText(DiskUsage.Category category) {
        String bytes = ByteSizes.human(category.reclaimable());
        boolean percent = category.size() > 0 && !category.type().equals("Build Cache"); // as the CLI prints it
        return percent ? bytes + " (" + category.reclaimablePercent() + "%)" : bytes;
    }

    private static TableColumn<DiskUsage.Category, String> column(String title, double width,
                                                                  Function<DiskUsage.Category, String> value) {
        TableColumn<DiskUsage.Category, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.8);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(
                cell.getValue())));
        return column;
    }

    private void show(DiskUsage usage) {
        if (usage == null) {
            return;
        }
        for (DiskUsage.Category category : usage.categories()) {
            int row = TYPES.indexOf(category.type());
            if (row >= 0) {
                inUse.getData().get(row).setXValue(category.inUse());
                reclaimable.getData().get(row).setXValue(category.reclaimable());
            }
        }
        table.getItems().setAll(usage.categories());
        fitTicks.run();
    }

    /** The longest stacked bar (in use plus reclaimable), in bytes. */
    private double largestBar() {
        double largest = 0;
        for (int row = 0; row < TYPES.size(); row++) {
            largest = Math.max(largest, inUse.getData().get(row).getXValue().doubleValue()
                    + reclaimable.getData().get(row).getXValue().doubleValue());
        }
        return largest;
    }
}
