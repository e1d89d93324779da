package dev.berth.ui.dialogs;

import atlantafx.base.theme.Styles;
import dev.berth.ui.CommandLineField;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The questions as JavaFX dialogs over the main window: an alert for a confirmation, the system's file choosers. */
public final class FxDialogs implements Dialogs {
    private final Supplier<Window> owner;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Confirmation.Answer> confirm(Confirmation question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner.get());
        alert.setTitle("Berth");
        alert.setHeaderText(question.question());
        VBox content = new VBox(8);
        if (!question.sentence().isEmpty()) {
            Label sentence = new Label(question.sentence());
            sentence.setWrapText(true);
            sentence.getStyleClass().add(Styles.TEXT_MUTED);
            content.getChildren().add(sentence);
        }
        for (String target : question.targets()) {
            Label name = new Label("• " + target);
            name.getStyleClass().add(Styles.TEXT_BOLD);
            content.getChildren().add(name);
        }
        List<CheckBox> boxes = new ArrayList<>();
        for (Confirmation.Option option : question.options()) {
            CheckBox box = new CheckBox(option.label());
            box.setMnemonicParsing(false); // names such as shop_data keep their underscores
            box.setId(option.id());
            box.setSelected(option.ticked());
            boxes.add(box);
        }
        content.getChildren().addAll(boxes);
        if (question.commandLine() != null) {
            ObservableValue<String> command = Bindings.createStringBinding(
                    () -> question.commandLineFor(answer(boxes)),
                    boxes.stream().map(CheckBox::selectedProperty).toArray(ObservableValue[]::new));
            content.getChildren().add(new CommandLineField(command));
        }
        alert.getDialogPane().setContent(content);
        ButtonType confirm = new ButtonType(question.action(), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, confirm);
        Button confirmButton = (Button) alert.getDialogPane().lookupButton(confirm);
        confirmButton.setId("confirm-button");
        if (question.destructive()) {
            confirmButton.getStyleClass().add(Styles.DANGER);
            // Enter must not destroy anything: Cancel is the default button.
            ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
            confirmButton.setDefaultButton(false);
        }
        return alert.showAndWait().filter(confirm::equals).map(pressed -> answer(boxes));
    }

    private static Confirmation.Answer answer(List<CheckBox> boxes) {
        Map<String, Boolean> ticked = new HashMap<>();
        boxes.forEach(box -> ticked.put(box.getId(), box.isSelected()));
        return new Confirmation.Answer(ticked);
    }

    @Override
    public Optional<Path> pickFile(FileRequest request) {
        return Optional.ofNullable(chooser(request).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> pickSaveLocation(FileRequest request) {
        FileChooser chooser = chooser(request);
        chooser.setInitialFileName(request.suggestedName());
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> pickFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        if (!request.patterns().isEmpty()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(request.kind(), request.patterns()));
        }
        return chooser;
    }
}
