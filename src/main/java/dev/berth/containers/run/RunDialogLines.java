package dev.berth.containers.run;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.containers.RunSpec.MountSpec.Kind;
import dev.berth.ui.FormGrid;
import dev.berth.ui.Icons;
import dev.berth.ui.form.KeyValueRow;
import dev.berth.ui.text.SecretText;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.io.File;
import java.util.function.Supplier;

/** The controls of one line of each list in the Run dialog: ports, variables, labels and mounts. */
final class RunDialogLines {
    private RunDialogLines() {
    }

    static Node[] port(PortRow row, int index) {
        TextField hostIp = field(row.hostIpProperty(), "all interfaces", 120, "run-port-ip-" + index);
        TextField hostPort = field(row.hostPortProperty(), "any free", 90, "run-port-host-" + index);
        TextField containerPort = field(row.containerPortProperty(), "container", 90, "run-port-container-" + index);
        ChoiceBox<String> protocol = new ChoiceBox<>(FXCollections.observableArrayList(
                "tcp", "udp", "sctp"));
        protocol.valueProperty().bindBidirectional(row.protocolProperty());
        return new Node[] {hostIp, new Label(":"), hostPort, new Label("→"), containerPort, protocol};
    }

    /** A variable's line; values of keys that look secret are masked until the eye is toggled. */
    static Node[] environment(KeyValueRow row, int index) {
        TextField key = field(row.keyProperty(), "KEY", 180, "run-env-key-" + index);
        TextField plain = field(row.valueProperty(), "value", 240, "run-env-value-" + index);
        PasswordField masked = new PasswordField();
        masked.textProperty().bindBidirectional(row.valueProperty());
        masked.setPrefWidth(240);
        ToggleButton reveal = new ToggleButton(null, Icons.of(MaterialDesignE.EYE_OUTLINE));
        reveal.setId("run-env-reveal-" + index);
        reveal.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        reveal.setTooltip(new Tooltip("Show or hide the value, here and in the command line"));
        reveal.selectedProperty().bindBidirectional(row.revealedProperty());
        var secret = row.keyProperty().map(SecretText::looksSecret);
        var hidden = secret.flatMap(looks -> row.revealedProperty().map(shown -> looks && !shown));
        masked.visibleProperty().bind(hidden);
        plain.visibleProperty().bind(hidden.map(h -> !h));
        reveal.visibleProperty().bind(secret);
        StackPane value = new StackPane(plain, masked);
        HBox.setHgrow(value, Priority.ALWAYS);
        return new Node[] {key, new Label("="), value, reveal};
    }

    static Node[] label(KeyValueRow row, int index) {
        TextField key = field(row.keyProperty(), "key", 200, "run-label-key-" + index);
        TextField value = field(row.valueProperty(), "value", 260, "run-label-value-" + index);
        return new Node[] {key, new Label("="), value};
    }

    static Node[] mount(MountRow row, int index, ObservableList<String> volumes, Supplier<Window> owner) {
        ChoiceBox<Kind> kind = new ChoiceBox<>(FXCollections.observableArrayList(Kind.values()));
        kind.valueProperty().bindBidirectional(row.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Kind value) {
                return value == Kind.BIND ? "Host folder" : "Volume";
            }

            @Override
            public Kind fromString(String text) {
                return text.equals("Host folder") ? Kind.BIND : Kind.VOLUME;
            }
        });
        ComboBox<String> source = new ComboBox<>(volumes);
        source.setEditable(true);
        source.setId("run-mount-source-" + index);
        source.setPromptText("volume name or /host/path");
        source.setPrefWidth(150);
        source.getEditor().textProperty().bindBidirectional(row.sourceProperty());
        Button browse = new Button(null, Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        browse.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        browse.setTooltip(new Tooltip("Choose a host folder"));
        browse.visibleProperty().bind(row.kindProperty().isEqualTo(Kind.BIND));
        browse.setOnAction(event -> {
            File folder = new DirectoryChooser().showDialog(owner.get());
            if (folder != null) {
                row.sourceProperty().set(folder.getAbsolutePath());
            }
        });
        TextField target = field(row.targetProperty(), "/path/in/container", 130, "run-mount-target-" + index);
        CheckBox readOnly = new CheckBox("read-only");
        readOnly.setMinWidth(Region.USE_PREF_SIZE);
        readOnly.selectedProperty().bindBidirectional(row.readOnlyProperty());
        return new Node[] {kind, source, browse, new Label("→"), target, readOnly};
    }

    static TextField field(StringProperty text, String prompt, double width, String id) {
        return FormGrid.field(text, prompt, width, id);
    }
}
