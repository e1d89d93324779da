package dev.berth.ui;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.ConnectionState;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/** The bottom line of the window: which engine, whether it answers, and the last command the user ran. */
public final class StatusBar extends HBox {

    public StatusBar(EngineStatusViewModel engine, CommandEcho echo) {
        super(8);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Circle light = new Circle(5);
        light.getStyleClass().add("connection-light");
        Label summary = new Label();
        summary.setId("engine-summary");
        summary.getStyleClass().add(Styles.TEXT_SMALL);
        summary.textProperty().bind(engine.stateProperty().map(EngineStatusViewModel::summary));
        engine.stateProperty().subscribe(state -> showStatus(light, state));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        CommandLineField lastCommand = new CommandLineField(echo.lastCommandProperty());
        lastCommand.setId("last-command");
        lastCommand.visibleProperty().bind(echo.lastCommandProperty().isNotEmpty());
        getChildren().addAll(light, summary, spacer, lastCommand);
    }

    private static void showStatus(Circle light, ConnectionState state) {
        light.getStyleClass().removeAll("up", "down", "connecting");
        light.getStyleClass().add(state.status().name().toLowerCase());
    }
}
