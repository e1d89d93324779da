package dev.berth.containers.details;

import atlantafx.base.theme.Styles;
import dev.berth.ui.EmptyState;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.List;

/** The Stats page: CPU, memory, network and block I/O over the last two minutes, like a graphing `docker stats`. */
final class StatsPane extends StackPane {

    StatsPane(ContainerDetailsViewModel model) {
        getStyleClass().add("details-stats");
        StatsModel stats = model.stats();
        MetricChart cpu = new MetricChart("CPU", stats.cpuTextProperty(),
                List.of(new MetricChart.Line("CPU", stats.cpu())), false, 1, Units::percent);
        MetricChart memory = new MetricChart("Memory", stats.memoryTextProperty(),
                List.of(new MetricChart.Line("Used", stats.memory())), true, 1024 * 1024, Units::bytes);
        MetricChart network = new MetricChart("Network", stats.networkTextProperty(),
                List.of(new MetricChart.Line("Received", stats.networkRx()),
                        new MetricChart.Line("Sent", stats.networkTx())), true, 1024, Units::rate);
        MetricChart block = new MetricChart("Block I/O", stats.blockTextProperty(),
                List.of(new MetricChart.Line("Read", stats.blockRead()),
                        new MetricChart.Line("Write", stats.blockWrite())), true, 1024, Units::rate);
        List<MetricChart> charts = List.of(cpu, memory, network, block);
        stats.revisionProperty().addListener((obs, old, now) -> charts.forEach(c -> c.redraw(stats.latestTime())));

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        grid.add(cpu, 0, 0);
        grid.add(memory, 1, 0);
        grid.add(network, 0, 1);
        grid.add(block, 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        Label processes = new Label();
        processes.getStyleClass().add(Styles.TEXT_MUTED);
        processes.textProperty().bind(stats.processTextProperty().map(text -> text.isEmpty()
                ? "Waiting for the first sample…" : text + " · last two minutes, one sample a second"));
        VBox live = new VBox(8, processes, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        live.setPadding(new Insets(8, 0, 0, 0));

        EmptyState stopped = new EmptyState(MaterialDesignC.CHART_LINE, "Stats appear while the container runs",
                "Start the container to see its CPU, memory, network and disk use live, like `docker stats`.");
        stopped.setId("stats-stopped");
        stopped.visibleProperty().bind(model.detailsProperty().isNotNull().and(model.runningProperty().not()));
        live.visibleProperty().bind(model.runningProperty());
        getChildren().addAll(live, stopped);
    }
}
