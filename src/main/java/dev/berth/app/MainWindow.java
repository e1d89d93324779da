package dev.berth.app;

import atlantafx.base.theme.Styles;
import dev.berth.ui.AppIcon;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.EngineStatusViewModel;
import dev.berth.ui.HoverTooltips;
import dev.berth.ui.Icons;
import dev.berth.ui.StatusBar;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The window's layout: the section sidebar, the open section, and the status bar. */
final class MainWindow extends BorderPane {
    private final Map<Section, Supplier<Node>> factories;
    private final Map<Section, Node> built = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private final ToggleGroup group = new ToggleGroup();
    private final Consumer<Section> onSectionShown;
    /** Where a section built ahead gets its CSS and layout out of sight, before it is first shown. */
    private final Pane ahead = new Pane();
    private final Deque<Section> toPrepare = new ArrayDeque<>();

    MainWindow(Map<Section, Supplier<Node>> factories, EngineStatusViewModel engine, CommandEcho echo,
               Runnable toggleTheme, Runnable showAbout, Consumer<Section> onSectionShown) {
        this.factories = factories;
        this.onSectionShown = onSectionShown;
        getStyleClass().add("main-window");
        setLeft(sidebar(toggleTheme, showAbout));
        setBottom(new StatusBar(engine, echo));
        ahead.setManaged(false);
        ahead.setVisible(false);
        getChildren().add(ahead);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a section is always open
            } else {
                show((Section) now.getUserData());
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            for (Section section : Section.values()) {
                KeyCombination keys = shortcut(section);
                if (keys.match(event)) {
                    select(section);
                    event.consume();
                }
            }
        });
    }

    void select(Section section) {
        buttons.get(section).setSelected(true);
    }

    private VBox sidebar(Runnable toggleTheme, Runnable showAbout) {
        Label brand = new Label("Berth", AppIcon.view(32));
        brand.setGraphicTextGap(10);
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        VBox bar = new VBox(4, brand);
        bar.getStyleClass().add("sidebar");
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(section.title, Icons.of(section.icon));
            button.setId("nav-" + section.name().toLowerCase());
            button.setUserData(section);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            HoverTooltips.install(button, () -> section.title + " (" + shortcut(section).getDisplayText()
                    + ")\nLike: " + section.cliEquivalent);
            buttons.put(section, button);
            bar.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button theme = new Button("Theme", Icons.of(MaterialDesignT.THEME_LIGHT_DARK));
        theme.setId("toggle-theme");
        theme.getStyleClass().add(Styles.FLAT);
        HoverTooltips.install(theme, () -> "Switch between light and dark");
        theme.setOnAction(event -> toggleTheme.run());
        Button about = new Button("About", Icons.of(MaterialDesignI.INFORMATION_OUTLINE));
        about.setId("show-about");
        about.getStyleClass().add(Styles.FLAT);
        HoverTooltips.install(about, () -> "Version, engine, log file and licence");
        about.setOnAction(event -> showAbout.run());
        bar.getChildren().addAll(spacer, theme, about);
        return bar;
    }

    private void show(Section section) {
        Node view = built.computeIfAbsent(section, this::build);
        ahead.getChildren().remove(view);
        setCenter(view);
        onSectionShown.accept(section);
    }

    /**
     * Builds {@code section}'s view before its first showing, and gives it its CSS and a layout at the size it
     * will show in, out of sight, so that a first click on it shows it as quickly as a later one does: the first
     * building, styling and laying out of its kinds of nodes (in code not yet compiled) takes several times as long
     * as showing it again. One section at a time, each in steps between frames; afterwards it is out of the scene
     * again, as a section that was shown and left is, so nothing of it runs until it shows.
     */
    void prepare(Section section) {
        if (built.containsKey(section) || toPrepare.contains(section)) {
            return;
        }
        toPrepare.add(section);
        if (toPrepare.size() == 1) {
            afterNextFrame(this::buildAhead);
        }
    }

    private void buildAhead() {
        Section section = toPrepare.peek();
        if (!built.containsKey(section)) {
            ahead.getChildren().add(built.computeIfAbsent(section, this::build));
        }
        afterNextFrame(() -> layOutAhead(section));
    }

    private void layOutAhead(Section section) {
        Node view = built.get(section);
        if (view.getParent() == ahead) { // not shown meanwhile
            Bounds size = getCenter().getLayoutBounds();
            view.resize(size.getWidth(), size.getHeight());
            view.applyCss();
            ((Parent) view).layout();
            ahead.getChildren().remove(view);
        }
        toPrepare.remove();
        if (!toPrepare.isEmpty()) {
            afterNextFrame(this::buildAhead);
        }
    }

    /** Runs {@code step} once the next frame is done, so that input and painting come between two steps. */
    private void afterNextFrame(Runnable step) {
        Scene scene = getScene();
        if (scene == null) { // not yet in its window
            Platform.runLater(step);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(step);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private Node build(Section section) {
        return factories.get(section).get();
    }

    private static KeyCombination shortcut(Section section) {
        return new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(section.shortcutDigit())),
                KeyCombination.SHORTCUT_DOWN);
    }
}
