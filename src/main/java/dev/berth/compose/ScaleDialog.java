package dev.berth.compose;

import dev.berth.ui.CommandLineField;
import dev.berth.ui.FormGrid;
import dev.berth.ui.Theme;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/** How many replicas a service should run: a service, a number, and the {@code docker compose} line it equals. */
final class ScaleDialog extends Dialog<ScaleDialog.Choice> {

    /** The service and its replicas, as chosen. */
    record Choice(String service, int replicas) {
    }

    /** @param services the project's services, each with the replicas it runs now */
    ScaleDialog(Window owner, ComposeViewModel model, List<ServiceLine> services, String chosen) {
        initOwner(owner);
        setTitle("Scale a service");
        setHeaderText("Run more or fewer replicas of a service. Existing containers are kept as they are.");
        getDialogPane().getStylesheets().add(Theme.BERTH_CSS);
        ComboBox<String> service = new ComboBox<>(FXCollections.observableArrayList(
                services.stream().map(ServiceLine::name).toList()));
        service.setId("scale-service");
        Spinner<Integer> replicas = new Spinner<>(0, 100, 1);
        replicas.setId("scale-replicas");
        replicas.setEditable(true);
        service.valueProperty().subscribe(name -> services.stream().filter(line -> line.name().equals(name))
                .findFirst().ifPresent(line -> replicas.getValueFactory().setValue(
                        Math.max(line.containers().size(), 0))));
        service.setValue(chosen != null ? chosen : services.isEmpty() ? null : services.get(0).name());
        FormGrid grid = new FormGrid();
        grid.add("Service", service);
        grid.add("Replicas", replicas);
        CommandLineField line = new CommandLineField(Bindings.createStringBinding(() -> service.getValue() == null
                ? "" : model.scaleCommandLine(service.getValue(), replicas.getValue()), service.valueProperty(),
                replicas.valueProperty()));
        line.setId("scale-command-line");
        getDialogPane().setContent(new VBox(12, grid, line));
        getDialogPane().setPrefWidth(560);
        ButtonType scale = new ButtonType("Scale", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, scale);
        Node confirm = getDialogPane().lookupButton(scale);
        confirm.setId("scale-submit");
        confirm.disableProperty().bind(service.valueProperty().isNull());
        setResultConverter(button -> button == scale ? new Choice(service.getValue(), replicas.getValue()) : null);
    }
}
