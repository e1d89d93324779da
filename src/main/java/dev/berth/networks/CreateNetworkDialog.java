package dev.berth.networks;

import atlantafx.base.theme.Styles;
import dev.berth.ui.CommandLineField;
import dev.berth.ui.FormGrid;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.SubmitButton;
import dev.berth.ui.Theme;
import dev.berth.ui.form.KeyValueRow;
import dev.berth.ui.form.RowsEditor;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;

/** The `docker network create` dialog: a validated form with its live command line. */
final class CreateNetworkDialog extends Dialog<String> {
    private final CreateNetworkViewModel model;

    /** @param onCreated gets the new network's name once the engine has made it */
    CreateNetworkDialog(Window owner, CreateNetworkViewModel model, Consumer<String> onCreated) {
        this.model = model;
        initOwner(owner);
        setTitle("Create a network");
        setHeaderText("Create a network; containers on a user-defined network reach each other by name.");
        setResizable(true);
        getDialogPane().getStylesheets().add(Theme.BERTH_CSS);
        getDialogPane().getStyleClass().add("network-dialog");

        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(470);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        CommandLineField command = new CommandLineField(model.commandLineProperty());
        command.setId("network-create-command-line");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        HBox busy = new HBox(8, progress, new Label("Creating the network…"));
        busy.visibleProperty().bind(model.submission().busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        getDialogPane().setContent(new VBox(8, new NoticeBanner(model.submission().notice()),
                scroll, command, busy));
        getDialogPane().setPrefSize(780, 720);
        getDialogPane().setMinWidth(720);

        SubmitButton.install(getDialogPane(), "Create", "network-create-submit",
                model.submission().busyProperty(), model.shownProblems().nothingShownProperty(), () -> {
                    String name = model.spec().name();
                    model.submit().thenAccept(id -> {
                        if (id != null) {
                            setResult(id);
                            close();
                            onCreated.accept(name);
                        }
                    });
                });
        setResultConverter(button -> null);
    }

    private Node form() {
        FormGrid grid = new FormGrid();
        grid.showProblems(model.shownProblems(), "network-error-");
        grid.setLabelsCentered(true);
        grid.setProblemWrappingWidth(440); // a long sentence wraps instead of widening the form
        TextField name = FormGrid.fixedField(model.name, "e.g. shop-backend", 280, "network-name");
        grid.add("Name", name, NetworkField.NAME);
        setOnShown(event -> name.requestFocus());
        ChoiceBox<String> driver = new ChoiceBox<>(FXCollections.observableArrayList(NetworkSpecValidator.DRIVERS));
        driver.setId("network-driver");
        driver.valueProperty().bindBidirectional(model.driver);
        Label driverHint = new Label();
        driverHint.setWrapText(true);
        driverHint.getStyleClass().add(Styles.TEXT_MUTED);
        driverHint.textProperty().bind(model.driver.map(DriverExplanations::of));
        grid.add("Driver", new VBox(4, driver, driverHint), NetworkField.DRIVER);
        grid.add("Parent", parentLine(), NetworkField.PARENT);
        grid.add("Subnet", FormGrid.fixedField(model.subnet, "the engine picks one, or e.g. 10.20.0.0/24", 380,
                "network-subnet"), NetworkField.SUBNET);
        grid.add("IP range", FormGrid.fixedField(model.ipRange, "the whole subnet, or e.g. 10.20.0.128/25", 380,
                "network-ip-range"), NetworkField.IP_RANGE);
        grid.add("Gateway", FormGrid.fixedField(model.gateway, "the subnet's first address, or e.g. 10.20.0.1", 380,
                "network-gateway"), NetworkField.GATEWAY);
        TextField ipv6Subnet = FormGrid.fixedField(model.ipv6Subnet, "e.g. fd00:213:1::/64", 380, "network-ipv6-subnet");
        grid.add("IPv6 subnet", ipv6Subnet, NetworkField.IPV6_SUBNET);
        grid.add("Options", new FlowPane(16, 6,
                check("Internal (no access to outside networks)", model.internal, "network-internal"),
                check("Attachable (standalone containers may join)", model.attachable, "network-attachable"),
                check("IPv6", model.ipv6, "network-ipv6")));
        grid.add("Labels", pairs("network-label", "Add label", model.labels), NetworkField.LABELS);
        grid.add("Driver options", pairs("network-option", "Add option (-o)", model.options), NetworkField.OPTIONS);
        return grid;
    }

    /** Macvlan's and ipvlan's host interface and mode; shown only for those drivers. */
    private Node parentLine() {
        TextField parent = FormGrid.fixedField(model.parent, "host interface, e.g. eth0 or eth0.10", 240,
                "network-parent");
        ChoiceBox<String> mode = new ChoiceBox<>();
        mode.setId("network-mode");
        model.driver.subscribe(now -> {
            List<String> modes = CreateNetworkViewModel.MODES.getOrDefault(now, List.of());
            mode.getItems().setAll(modes);
            mode.setValue(model.mode.get());
        });
        mode.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.mode.set(now);
            }
        });
        HBox line = new HBox(8, parent, new Label("mode"), mode);
        line.visibleProperty().bind(model.driver.map(NetworkSpecValidator.NEEDS_PARENT::contains));
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private static RowsEditor<KeyValueRow> pairs(String id, String addLabel, ObservableList<KeyValueRow> rows) {
        return new RowsEditor<>(id, addLabel, rows, () -> new KeyValueRow("", ""), (row, index) -> {
            TextField key = new TextField();
            key.setId(id + "-key-" + index);
            key.setPromptText("key");
            key.setPrefWidth(200);
            key.textProperty().bindBidirectional(row.keyProperty());
            TextField value = new TextField();
            value.setId(id + "-value-" + index);
            value.setPromptText("value");
            value.setPrefWidth(200);
            value.textProperty().bindBidirectional(row.valueProperty());
            return new Node[] {key, new Label("="), value};
        });
    }

    private static CheckBox check(String text, BooleanProperty value, String id) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }
}
