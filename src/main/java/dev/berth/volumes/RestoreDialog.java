package dev.berth.volumes;

import atlantafx.base.theme.Styles;
import dev.berth.ui.CommandLineField;
import dev.berth.ui.Theme;
import dev.berth.volumes.VolumeTransfersViewModel.RestoreRequest;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;

/** Where a back-up goes: a new volume (the default, nothing can be lost) or the selected one. */
final class RestoreDialog extends Dialog<RestoreRequest> {

    /** @param selected the selected volume's name, or null */
    RestoreDialog(Window owner, Path archive, String selected, List<String> existing) {
        initOwner(owner);
        setTitle("Restore a volume");
        setHeaderText("Restore " + archive.getFileName() + " into…");
        getDialogPane().getStylesheets().add(Theme.BERTH_CSS);
        ToggleGroup target = new ToggleGroup();
        RadioButton fresh = new RadioButton("a new volume named");
        fresh.setId("restore-new");
        fresh.setToggleGroup(target);
        fresh.setSelected(true);
        TextField name = new TextField(suggestedName(archive, existing));
        name.setId("restore-name");
        name.setPrefColumnCount(28);
        name.disableProperty().bind(fresh.selectedProperty().not());
        RadioButton into = new RadioButton(selected == null ? "the selected volume (none is selected)"
                : "the selected volume " + selected + " (asks first if it holds files)");
        into.setId("restore-into-selected");
        into.setToggleGroup(target);
        into.setDisable(selected == null);
        Text problem = new Text();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(Bindings.createStringBinding(() -> fresh.isSelected()
                ? VolumeNames.problem(name.getText(), false, existing).orElse("") : "", name.textProperty(),
                fresh.selectedProperty()));
        StringBinding command = Bindings.createStringBinding(() -> VolumeTransfersViewModel.restoreCommand(archive,
                fresh.isSelected() ? name.getText().strip() : selected), name.textProperty(), fresh.selectedProperty());
        Label from = new Label(archive.toAbsolutePath().toString());
        from.getStyleClass().add(Styles.TEXT_MUTED);
        getDialogPane().setContent(new VBox(8, from, new HBox(8, fresh, name), problem, into,
                new CommandLineField(command)));
        getDialogPane().setPrefWidth(640);
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, restore);
        getDialogPane().lookupButton(restore).setId("restore-submit");
        getDialogPane().lookupButton(restore).disableProperty().bind(problem.textProperty().isNotEmpty());
        setResultConverter(button -> button != restore ? null : fresh.isSelected()
                ? new RestoreRequest(archive, name.getText().strip(), true)
                : new RestoreRequest(archive, selected, false));
    }

    /** "pgdata-20261201-1830.tar.gz" → "pgdata-20261201-1830-restored", made unique among the volumes there are. */
    static String suggestedName(Path archive, List<String> existing) {
        String stem = archive.getFileName().toString().replaceFirst("(\\.tar\\.gz|\\.tgz|\\.tar)$", "")
                .replaceAll("[^a-zA-Z0-9_.-]", "-").replaceFirst("^[^a-zA-Z0-9]+", "");
        String base = (stem.isEmpty() ? "volume" : stem) + "-restored";
        String name = base;
        for (int n = 2; existing.contains(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
