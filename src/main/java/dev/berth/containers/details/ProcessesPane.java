package dev.berth.containers.details;

import dev.berth.ui.EmptyState;
import dev.berth.ui.FullTextCell;
import dev.berth.ui.Icons;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.Comparator;
import java.util.List;

/** The Processes page: `docker top` as a table with the engine's own column titles. */
final class ProcessesPane extends BorderPane {
    private final TableView<List<String>> table = new TableView<>();
    private final DoubleProperty othersWidth = new SimpleDoubleProperty();

    ProcessesPane(ContainerDetailsViewModel model) {
        getStyleClass().add("details-processes");
        ProcessTable processes = model.processes();
        table.setId("processes-table");
        table.setItems(processes.rows());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No processes"));
        columns(processes.titles());
        processes.titles().addListener((ListChangeListener<String>) change -> columns(processes.titles()));
        processes.rows().addListener((ListChangeListener<List<String>>) change -> fitColumns());

        Button refresh = new Button("Refresh", Icons.of(MaterialDesignR.REFRESH));
        refresh.setId("processes-refresh");
        refresh.setTooltip(new Tooltip("List the processes again\nSame as: docker top NAME"));
        refresh.disableProperty().bind(model.runningProperty().not());
        refresh.setOnAction(event -> model.refreshProcesses());
        Label count = new Label();
        count.textProperty().bind(Bindings.size(processes.rows())
                .map(n -> n.intValue() == 1 ? "1 process" : n + " processes"));
        count.visibleProperty().bind(model.runningProperty());
        HBox bar = new HBox(10, refresh, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 8, 0));
        setTop(bar);

        EmptyState stopped = new EmptyState(MaterialDesignS.SLEEP, "Processes appear while the container runs",
                "A stopped container has no processes. Start it to see what runs inside, like `docker top`.");
        stopped.visibleProperty().bind(model.detailsProperty().isNotNull().and(model.runningProperty().not()));
        table.visibleProperty().bind(model.runningProperty());
        setCenter(new StackPane(table, stopped));
    }

    private void columns(List<String> titles) {
        table.getColumns().clear();
        for (int i = 0; i < titles.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(titles.get(i));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                    index < cell.getValue().size() ? cell.getValue().get(index) : ""));
            column.setCellFactory(c -> new FullTextCell<>());
            column.setComparator(NUMBERS_FIRST);
            column.setMinWidth(44);
            table.getColumns().add(column);
        }
        if (!titles.isEmpty()) {
            TableColumn<List<String>, ?> command = table.getColumns().get(titles.size() - 1);
            command.getStyleClass().add("mono-column");
            command.prefWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(240, table.getWidth() - othersWidth.get() - 20), table.widthProperty(), othersWidth));
        }
        fitColumns();
    }

    /** Each column but the last (the command, which takes the rest) as wide as its longest value, within reason. */
    private void fitColumns() {
        double others = 0;
        for (int i = 0; i < table.getColumns().size() - 1; i++) {
            int chars = table.getColumns().get(i).getText().length();
            for (List<String> row : table.getItems()) {
                chars = Math.max(chars, i < row.size() ? row.get(i).length() : 0);
            }
            double width = Math.min(260, Math.max(52, chars * 8.5 + 30));
            table.getColumns().get(i).setPrefWidth(width);
            others += width;
        }
        othersWidth.set(others);
    }

    /** PID 10 sorts after PID 9: numeric where both cells are numbers, text otherwise. */
    private static final Comparator<String> NUMBERS_FIRST = (a, b) -> {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException text) {
            return a.compareTo(b);
        }
    };
}
