package dev.berth.containers;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.ToggleSwitch;
import dev.berth.ui.ConfirmDialog;
import dev.berth.ui.EngineStatusViewModel;
import dev.berth.ui.Icons;
import dev.berth.ui.NoticeBanner;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The Containers tab: a toolbar, the live table, and an empty state that says what to do. */
public final class ContainersView extends BorderPane {
    private static final KeyCombination START = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination STOP = new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination RESTART = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final ContainersViewModel model;
    private final SimpleObjectProperty<Instant> now = new SimpleObjectProperty<>(Instant.now());
    private final ContainersTable table;
    private final CustomTextField search = new CustomTextField();

    public ContainersView(ContainersViewModel model, EngineStatusViewModel engine) {
        this.model = model;
        getStyleClass().add("containers-view");
        this.table = new ContainersTable(model, now);
        table.getSelectionModel().selectedItemProperty().subscribe(model.selectedProperty()::set);
        table.setContextMenu(rowMenu());

        VBox top = new VBox(toolbar(), new NoticeBanner(model.noticeProperty(), model::dismissNotice));
        top.setSpacing(8);
        top.setPadding(new Insets(12, 12, 8, 12));
        setTop(top);
        setCenter(new StackPane(table, new ContainersPlaceholder(model, engine)));
        installShortcuts();
        tickAges();
    }

    private HBox toolbar() {
        search.setId("container-search");
        search.setPromptText("Search name, image or ID");
        search.setLeft(Icons.of(MaterialDesignM.MAGNIFY));
        search.setPrefWidth(280);
        search.textProperty().bindBidirectional(model.filterTextProperty());
        ToggleSwitch hideStopped = new ToggleSwitch("Only running");
        hideStopped.setId("hide-stopped");
        hideStopped.selectedProperty().bindBidirectional(model.hideStoppedProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, search, hideStopped, spacer,
                action("Start", MaterialDesignP.PLAY, "start", START, this::start, canStart()),
                action("Stop", MaterialDesignS.STOP, "stop", STOP, this::stop, canStop()),
                action("Restart", MaterialDesignR.RESTART, "restart", RESTART, this::restart, canStop()),
                action("Remove", MaterialDesignD.DELETE_OUTLINE, "rm", REMOVE, this::remove, canAct()));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button action(String text, Ikon icon, String verb, KeyCombination keys, Runnable run,
                          ObservableValue<Boolean> enabled) {
        Button button = new Button(text, Icons.of(icon));
        button.setId("container-" + verb);
        button.setTooltip(new Tooltip(text + " the selected container (" + keys.getDisplayText() + ")\n"
                + "Same as: docker " + verb + " NAME"));
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !enabled.getValue(), enabled));
        button.setOnAction(event -> run.run());
        return button;
    }

    private ContextMenu rowMenu() {
        MenuItem start = new MenuItem("Start", Icons.of(MaterialDesignP.PLAY));
        start.setOnAction(event -> start());
        MenuItem stop = new MenuItem("Stop", Icons.of(MaterialDesignS.STOP));
        stop.setOnAction(event -> stop());
        MenuItem restart = new MenuItem("Restart", Icons.of(MaterialDesignR.RESTART));
        restart.setOnAction(event -> restart());
        MenuItem remove = new MenuItem("Remove…", Icons.of(MaterialDesignD.DELETE_OUTLINE));
        remove.setOnAction(event -> remove());
        MenuItem copyId = new MenuItem("Copy ID", Icons.of(MaterialDesignC.CONTENT_COPY));
        copyId.setOnAction(event -> copy(() -> model.selectedProperty().get().id()));
        return new ContextMenu(start, stop, restart, remove, copyId);
    }

    private ObservableValue<Boolean> canAct() {
        return model.selectedProperty().map(row -> true).orElse(false);
    }

    private ObservableValue<Boolean> canStart() {
        return selectedState(row -> !row.state().isActive());
    }

    private ObservableValue<Boolean> canStop() {
        return selectedState(row -> row.state().isActive());
    }

    private ObservableValue<Boolean> selectedState(Predicate<ContainerRow> test) {
        return model.selectedProperty().flatMap(row -> row.summaryProperty().map(summary -> test.test(row)))
                .orElse(false);
    }

    private void start() {
        model.startSelected();
    }

    private void stop() {
        model.stopSelected();
    }

    private void restart() {
        model.restartSelected();
    }

    private void remove() {
        ContainerRow target = model.selectedProperty().get();
        if (target == null) {
            return;
        }
        boolean running = target.state().isActive();
        CheckBox force = new CheckBox("Stop it first (force)" + (running ? " — it is running" : ""));
        force.setSelected(running);
        CheckBox volumes = new CheckBox("Also remove its anonymous volumes");
        ObservableValue<String> command = Bindings.createStringBinding(() -> ContainersViewModel.removeCommand(
                target.name(), force.isSelected(), volumes.isSelected()), force.selectedProperty(),
                volumes.selectedProperty());
        if (ConfirmDialog.ask(getScene().getWindow(), "Remove this container?", List.of(target.name()), "Remove",
                command, force, volumes)) {
            model.removeSelected(force.isSelected(), volumes.isSelected());
        }
    }

    private static void copy(Supplier<String> text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text.get());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void installShortcuts() {
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            Runnable action = FIND.match(event) ? search::requestFocus
                    : START.match(event) ? this::start
                    : STOP.match(event) ? this::stop
                    : RESTART.match(event) ? this::restart
                    : REMOVE.match(event) && !search.isFocused() ? this::remove
                    : null;
            if (action != null) {
                action.run();
                event.consume();
            }
        });
    }

    /**
     * Ages are relative to now: a UI clock (not an engine poll) keeps "5 minutes ago" true, and every refresh of
     * the list moves it too, so ages agree with the engine's fresh status texts.
     */
    private void tickAges() {
        model.allRows().addListener((ListChangeListener<ContainerRow>) change -> now.set(Instant.now()));
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(5), event -> now.set(Instant.now())));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
    }
}
