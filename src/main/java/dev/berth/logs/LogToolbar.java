package dev.berth.logs;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.berth.ui.Icons;
import javafx.animation.PauseTransition;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The log view's tool bar: what to read, how to show it, search, and copy/save. */
final class LogToolbar extends HBox {
    private final CustomTextField find = new CustomTextField();

    LogToolbar(LogViewModel model, LogView view) {
        super(6);
        getStyleClass().add("log-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        LogSearchModel search = model.search();

        ToggleButton follow = toggle("log-follow", "Follow", MaterialDesignP.PLAYLIST_PLAY,
                "Keep reading new lines as the container writes them (docker logs --follow)");
        follow.selectedProperty().bindBidirectional(model.followProperty());

        ComboBox<LogScope> range = rangeChoice(model);
        ToggleButton times = iconToggle("log-timestamps", MaterialDesignC.CLOCK_OUTLINE,
                "Show each line's time (docker logs --timestamps)");
        times.selectedProperty().bindBidirectional(model.timestampsProperty());
        ToggleButton wrap = iconToggle("log-wrap", MaterialDesignW.WRAP, "Wrap long lines");
        wrap.selectedProperty().bindBidirectional(model.wrapProperty());

        find.setId("log-search");
        find.setPromptText("Search (Ctrl+F)");
        find.setLeft(Icons.of(MaterialDesignM.MAGNIFY));
        find.setPrefWidth(220);
        find.setMinWidth(100);
        PauseTransition typing = new PauseTransition(Duration.millis(150)); // one search per pause in typing
        typing.setOnFinished(event -> search.queryProperty().set(find.getText()));
        find.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        search.queryProperty().addListener((obs, old, now) -> {
            if (!now.equals(find.getText())) {
                find.setText(now);
            }
        });
        find.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                typing.stop();
                search.queryProperty().set(find.getText());
                if (event.isShiftDown()) {
                    search.previous();
                } else {
                    search.next();
                }
                view.showCurrentMatch();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                find.clear();
                event.consume();
            }
        });
        ToggleButton caseToggle = iconToggle("log-case", MaterialDesignF.FORMAT_LETTER_CASE, "Match case");
        caseToggle.selectedProperty().bindBidirectional(search.caseSensitiveProperty());
        ToggleButton regex = iconToggle("log-regex", MaterialDesignR.REGEX, "Regular expression");
        regex.selectedProperty().bindBidirectional(search.regexProperty());
        Label status = new Label();
        status.setId("log-search-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.getStyleClass().addAll(Styles.TEXT_MUTED, "log-search-status");
        status.textProperty().bind(search.statusProperty());
        status.tooltipProperty().bind(search.errorProperty().map(error -> error.isEmpty() ? null : new Tooltip(error)));
        Button previous = iconButton("log-previous", MaterialDesignC.CHEVRON_UP, "Previous match (Shift+Enter)");
        previous.setOnAction(event -> {
            search.previous();
            view.showCurrentMatch();
        });
        Button next = iconButton("log-next", MaterialDesignC.CHEVRON_DOWN, "Next match (Enter)");
        next.setOnAction(event -> {
            search.next();
            view.showCurrentMatch();
        });
        ToggleButton filter = iconToggle("log-filter", MaterialDesignF.FILTER_OUTLINE,
                "Filter: show only the lines that match the search");
        filter.selectedProperty().bindBidirectional(search.filterProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button end = iconButton("log-end", MaterialDesignC.CHEVRON_DOUBLE_DOWN, "Jump to the newest line and follow it");
        end.setOnAction(event -> view.jumpToEnd());
        Button copy = iconButton("log-copy", MaterialDesignC.CONTENT_COPY, "Copy the selected lines (Ctrl+C)");
        copy.setOnAction(event -> view.copySelection());
        getChildren().addAll(follow, range, times, wrap, separator(), find, caseToggle, regex, status, previous, next,
                filter, spacer, end, copy, saveMenu(model, view));
    }

    private static ComboBox<LogScope> rangeChoice(LogViewModel model) {
        ComboBox<LogScope> range = new ComboBox<>();
        range.setId("log-range");
        range.getItems().setAll(LogScope.presets());
        range.setEditable(true);
        range.setPrefWidth(175);
        range.setMinWidth(130);
        range.setTooltip(new Tooltip("Which lines to read first: the last N (docker logs --tail N), all of them, "
                + "or those since a time (--since).\nType 500, all, 15m, 2h, 12:30 or 2026-01-31 12:30."));
        range.setConverter(new StringConverter<>() {
            @Override
            public String toString(LogScope value) {
                return value == null ? "" : value.label();
            }

            @Override
            public LogScope fromString(String typed) {
                model.chooseRange(typed); // a range it cannot read leaves the current one, with a notice
                return model.rangeProperty().get();
            }
        });
        range.valueProperty().bindBidirectional(model.rangeProperty());
        return range;
    }

    private static MenuButton saveMenu(LogViewModel model, LogView view) {
        MenuItem all = new MenuItem("Save all lines…");
        all.setOnAction(event -> view.save(LogView.SaveKind.ALL));
        MenuItem filtered = new MenuItem("Save the matching lines…");
        filtered.disableProperty().bind(model.search().queryProperty().isEmpty());
        filtered.setOnAction(event -> view.save(LogView.SaveKind.FILTERED));
        MenuItem full = new MenuItem("Save the whole log from the engine…");
        full.setOnAction(event -> view.save(LogView.SaveKind.FULL));
        full.setVisible(model.saving().canSaveFullLog());
        MenuButton save = new MenuButton("Save", Icons.of(MaterialDesignC.CONTENT_SAVE_OUTLINE), all, filtered, full);
        save.setId("log-save");
        save.setTooltip(new Tooltip("Save the log to a file, without colour codes (like docker logs > file)"));
        save.disableProperty().bind(model.saving().savingProperty());
        save.setMinWidth(Region.USE_PREF_SIZE);
        return save;
    }

    void focusSearch() {
        find.requestFocus();
        find.selectAll();
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private static ToggleButton toggle(String id, String label, Ikon icon, String tip) {
        ToggleButton toggle = new ToggleButton(label, Icons.of(icon));
        return styled(toggle, id, tip);
    }

    private static ToggleButton iconToggle(String id, Ikon icon, String tip) {
        ToggleButton toggle = new ToggleButton(null, Icons.of(icon));
        toggle.getStyleClass().add(Styles.BUTTON_ICON);
        return styled(toggle, id, tip);
    }

    private static Button iconButton(String id, Ikon icon, String tip) {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        return styled(button, id, tip);
    }

    private static <B extends ButtonBase> B styled(B button, String id, String tip) {
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setFocusTraversable(false);
        return button;
    }
}
