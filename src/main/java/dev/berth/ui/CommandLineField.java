package dev.berth.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A `docker …` line in monospace with a Copy button; it follows its command as it changes. The line shows
 * secret-looking values masked; Copy gives the real command.
 */
public final class CommandLineField extends HBox {
    private final Label text = new Label();

    /** A line whose every secret-looking value is masked. */
    public CommandLineField(ObservableValue<String> command) {
        super(6);
        show(command.map(DisplayedCommand::masked));
    }

    private CommandLineField() {
        super(6);
    }

    /** A line whose masking the caller decides, e.g. revealing what the user revealed in the form. */
    public static CommandLineField of(ObservableValue<DisplayedCommand> command) {
        CommandLineField field = new CommandLineField();
        field.show(command);
        return field;
    }

    private void show(ObservableValue<DisplayedCommand> command) {
        getStyleClass().add("command-line");
        setAlignment(Pos.CENTER_LEFT);
        text.getStyleClass().add("command-text");
        text.textProperty().bind(command.map(line -> line.isEmpty() ? "" : "$ " + line.shown()).orElse(""));
        text.setMaxWidth(Double.MAX_VALUE);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button copy = new Button(null, Icons.of(MaterialDesignC.CONTENT_COPY));
        copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        HoverTooltips.install(copy, () -> "Copy the command");
        copy.disableProperty().bind(text.textProperty().isEmpty());
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(command.getValue().real());
            Clipboard.getSystemClipboard().setContent(content);
        });
        getChildren().addAll(text, copy);
    }
}
