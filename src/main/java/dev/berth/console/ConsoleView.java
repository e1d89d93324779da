package dev.berth.console;

import atlantafx.base.theme.Styles;
import dev.berth.terminal.view.TerminalView;
import dev.berth.ui.CommandLineField;
import dev.berth.ui.Icons;
import dev.berth.ui.NoticeBanner;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.ArrayList;
import java.util.List;

/**
 * A console into a running container: what to run, as whom and where (or, attached, nothing to choose), the
 * equivalent {@code docker} line, and the terminal. Click it (or tab to it) and type: keys go to the process.
 */
public final class ConsoleView extends BorderPane {
    private final ConsoleViewModel model;
    private final TerminalView terminal;

    public ConsoleView(ConsoleViewModel model) {
        this.model = model;
        getStyleClass().add("console-view");
        terminal = new TerminalView(model.terminal(), model::send, model::resize);
        terminal.setId("console-terminal");
        model.setOnScreenChanged(terminal::requestFrame);

        Label help = new Label(model.help());
        help.setId("console-help");
        help.getStyleClass().addAll(Styles.TEXT_MUTED, "console-help");
        help.setWrapText(true);
        VBox top = new VBox(toolbar(), new CommandLineField(model.cliLineProperty()),
                new NoticeBanner(model.notice()));
        top.getStyleClass().add("console-top");
        setTop(top);
        setCenter(terminal);
        setBottom(help);
    }

    private HBox toolbar() {
        List<Node> items = new ArrayList<>();
        Button start = new Button();
        start.setId("console-start");
        start.setGraphic(Icons.of(MaterialDesignP.PLAY));
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.disableProperty().bind(model.stateProperty().map(state -> !state.canStart()));
        String verb = model.kind() == ConsoleViewModel.Kind.ATTACH ? "Attach" : "Start";
        start.textProperty().bind(model.stateProperty().map(state -> state == ConsoleState.ENDED
                || state == ConsoleState.FAILED ? verb + " again" : verb));
        start.setOnAction(event -> {
            model.start();
            terminal.requestFocus();
        });
        if (model.kind() == ConsoleViewModel.Kind.EXEC) {
            TextField command = field("console-command", "bash, else sh", 14, model.commandProperty(),
                    "The command to run, e.g. bash, /bin/sh or sh -c 'ls /'; empty for the image's bash, else sh");
            TextField user = field("console-user", "user (default)", 8, model.userProperty(),
                    "Run as this user or uid[:gid] (docker exec -u); empty for the image's user");
            TextField directory = field("console-workdir", "directory (default)", 10, model.workingDirProperty(),
                    "Start in this directory (docker exec -w); empty for the image's working directory");
            for (TextField field : List.of(command, user, directory)) {
                field.disableProperty().bind(start.disableProperty());
                field.setOnAction(event -> start.fire());
            }
            items.addAll(List.of(label("Run"), command, label("as"), user, label("in"), directory));
        }
        Label status = new Label();
        status.setId("console-status");
        status.textProperty().bind(model.statusProperty());
        model.stateProperty().subscribe(state -> {
            status.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
            status.getStyleClass().add(state == ConsoleState.RUNNING ? Styles.SUCCESS
                    : state == ConsoleState.FAILED ? Styles.DANGER : Styles.WARNING);
        });
        items.add(start);
        items.add(status);
        HBox bar = new HBox(8);
        bar.getChildren().setAll(items);
        bar.getStyleClass().add("console-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static TextField field(String id, String prompt, int columns,
                                   StringProperty value, String tooltip) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.setMinWidth(70);
        field.textProperty().bindBidirectional(value);
        field.setTooltip(new Tooltip(tooltip));
        return field;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Puts the keyboard focus on the terminal, e.g. when its tab is selected. */
    public void focusTerminal() {
        terminal.requestFocus();
    }

    public TerminalView terminal() {
        return terminal;
    }

    public ConsoleViewModel model() {
        return model;
    }
}
