package dev.berth.events;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.berth.ui.EmptyState;
import dev.berth.ui.Icons;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.TailScrolling;
import dev.berth.ui.UserAction;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The Events section: the engine's live event feed with its filters, pause, clear and export. */
public final class EventsView extends BorderPane {
    static final String ALL_TYPES = "All types";
    private static final List<String> TYPES = List.of(ALL_TYPES, "container", "image", "network", "volume", "daemon",
            "plugin", "service", "node", "secret", "config");
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PAUSE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final EventsViewModel model;
    private final ZoneId zone = ZoneId.systemDefault();
    private final CustomTextField search = new CustomTextField();
    private final Label exportStatus = new Label();
    private final ToggleButton pause = new ToggleButton();

    public EventsView(EventsViewModel model, NotificationSettings notifications) {
        this.model = model;
        getStyleClass().add("events-view");
        VBox top = new VBox(8, toolbar(notifications), new NoticeBanner(model.notice()));
        top.setPadding(new Insets(12, 12, 8, 12));
        setTop(top);
        EmptyState empty = new EmptyState(MaterialDesignP.PULSE, "No events yet",
                "Events appear here as the engine reports them (like `docker events`): start a container, pull an "
                        + "image, create a network…");
        EventsTable table = new EventsTable(model, empty);
        TailScrolling tail = new TailScrolling(table);
        model.visibleItems().addListener((ListChangeListener<FeedEntry>) change -> explain(empty));
        for (ObservableValue<?> filter : List.of(model.typeFilterProperty(), model.actionFilterProperty(),
                model.textFilterProperty())) {
            filter.addListener((obs, old, now) -> {
                explain(empty);
                tail.stop(); // the rows were filtered anew: they are read from where the table shows them
            });
        }
        setCenter(table);
        setBottom(footer());
        UserAction.installShortcuts(this, List.of(
                new UserAction("find", "Search events", MaterialDesignM.MAGNIFY, FIND, null,
                        new SimpleBooleanProperty(true), search::requestFocus, true),
                new UserAction("pause", "Pause or resume", MaterialDesignP.PAUSE, PAUSE, null,
                        new SimpleBooleanProperty(true), pause::fire, true)), target -> false);
    }

    private void explain(EmptyState empty) {
        boolean filtered = model.typeFilterProperty().get() != null || !model.actionFilterProperty().get().isBlank()
                || !model.textFilterProperty().get().isBlank();
        empty.setTitle(filtered ? "No events match" : "No events yet");
        empty.setHint(filtered ? "Clear the type, action or search filter to see all " + model.keptProperty().get()
                + " events." : "Events appear here as the engine reports them (like `docker events`): start a "
                + "container, pull an image, create a network…");
    }

    private HBox toolbar(NotificationSettings notifications) {
        ComboBox<String> type = new ComboBox<>();
        type.setId("events-type");
        type.getItems().setAll(TYPES);
        type.setValue(ALL_TYPES);
        type.setTooltip(new Tooltip("Show one type of event (docker events --filter type=…)"));
        type.valueProperty().addListener((obs, old, now) -> model.typeFilterProperty().set(
                now == null || ALL_TYPES.equals(now) ? null : now));
        ComboBox<String> action = new ComboBox<>(model.knownActions());
        action.setId("events-action");
        action.setEditable(true);
        action.setPromptText("Any action");
        action.setPrefWidth(150);
        action.setTooltip(new Tooltip("Show actions that start with this (docker events --filter event=…)"));
        action.getEditor().textProperty().bindBidirectional(model.actionFilterProperty());
        action.valueProperty().addListener((obs, old, now) -> model.actionFilterProperty().set(now == null ? ""
                : now));
        search.setId("events-search");
        search.setPromptText("Search name, ID, attributes");
        search.setLeft(Icons.of(MaterialDesignM.MAGNIFY));
        search.setPrefWidth(240);
        search.textProperty().bindBidirectional(model.textFilterProperty());

        pause.setId("events-pause");
        pause.selectedProperty().bindBidirectional(model.pausedProperty());
        pause.textProperty().bind(Bindings.when(model.pausedProperty()).then("Resume").otherwise("Pause"));
        pause.graphicProperty().bind(Bindings.when(model.pausedProperty()).then(Icons.of(MaterialDesignP.PLAY))
                .otherwise(Icons.of(MaterialDesignP.PAUSE)));
        pause.setTooltip(new Tooltip("Pause the feed; events keep being collected (" + PAUSE.getDisplayText() + ")"));
        pause.setMinWidth(Region.USE_PREF_SIZE);
        Label waiting = new Label();
        waiting.setId("events-waiting");
        waiting.getStyleClass().add(Styles.WARNING);
        waiting.textProperty().bind(model.waitingProperty().asString("%,d waiting"));
        waiting.visibleProperty().bind(model.pausedProperty());
        waiting.managedProperty().bind(waiting.visibleProperty());

        Button clear = new Button("Clear", Icons.of(MaterialDesignE.ERASER));
        clear.setId("events-clear");
        clear.setTooltip(new Tooltip("Empty the feed; new events keep coming"));
        clear.setOnAction(event -> model.clear());
        MenuButton export = new MenuButton("Export", Icons.of(MaterialDesignE.EXPORT));
        export.setId("events-export");
        export.setTooltip(new Tooltip("Save the events shown, in the order shown"));
        for (EventExport.Format format : EventExport.Format.values()) {
            MenuItem item = new MenuItem(format.title + "…");
            item.setOnAction(event -> export(format));
            export.getItems().add(item);
        }
        MenuButton notify = new MenuButton("Notify", Icons.of(MaterialDesignB.BELL_OUTLINE));
        notify.setId("events-notify");
        notify.setTooltip(new Tooltip("What Berth tells you about while you look elsewhere"));
        for (NotificationKind kind : NotificationKind.values()) {
            CheckMenuItem item = new CheckMenuItem(kind.setting);
            item.setSelected(notifications.isEnabled(kind));
            item.selectedProperty().addListener((obs, old, now) -> notifications.setEnabled(kind, now));
            notify.getItems().add(item);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, type, action, search, new Separator(Orientation.VERTICAL), pause, waiting, clear,
                spacer, export, notify);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox footer() {
        Label counts = new Label();
        counts.setId("events-counts");
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        counts.textProperty().bind(Bindings.createStringBinding(this::countsText, model.keptProperty(),
                model.droppedProperty(), model.replayingProperty(), model.visibleItems()));
        exportStatus.getStyleClass().add(Styles.TEXT_MUTED);
        exportStatus.setId("events-export-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(12, counts, spacer, exportStatus);
        footer.setPadding(new Insets(4, 12, 6, 12));
        return footer;
    }

    private String countsText() {
        String shown = String.format("%,d shown of %,d events", model.visibleItems().size(), model.keptProperty().get());
        if (model.replayingProperty().get()) {
            return shown + " · replaying the last " + model.replayWindow().toMinutes() + " minutes…";
        }
        long dropped = model.droppedProperty().get();
        return dropped > 0 ? shown + String.format(" · %,d older ones made room", dropped) : shown;
    }

    private void export(EventExport.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the events shown");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.title, format.pattern));
        chooser.setInitialFileName("berth-events-" + EventExport.fileStamp(Instant.now(), zone)
                + format.pattern.substring(1));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        Path path = file.toPath();
        exportStatus.setText("Writing " + path.getFileName() + "…");
        model.export(path, format).whenComplete((rows, failure) -> Platform.runLater(() ->
                exportStatus.setText(failure == null ? String.format("Wrote %,d events to %s", rows, path) : "")));
    }
}
