package dev.berth.ui;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
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
import javafx.scene.text.Text;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * An Inspect page: `docker inspect`'s JSON, read-only, with find (Enter = next, Shift+Enter = previous) and Copy. Shared
 * by every resource's details.
 */
public final class InspectPane extends BorderPane {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final InspectSearch search;
    private final TextArea json = new TextArea();
    private final CustomTextField find = new CustomTextField();

    public InspectPane(InspectSearch search) {
        this.search = search;
        getStyleClass().add("details-inspect");
        json.setId("inspect-json");
        json.getStyleClass().add("inspect-json");
        json.setEditable(false);
        json.textProperty().bind(search.textProperty());
        json.setPromptText("Loading…");
        setTop(toolbar());
        setCenter(json);
        search.currentProperty().addListener((obs, old, now) -> selectCurrent());
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (FIND.match(event)) {
                find.requestFocus();
                event.consume();
            }
        });
    }

    private HBox toolbar() {
        find.setId("inspect-search");
        find.setPromptText("Find in JSON");
        find.setLeft(Icons.of(MaterialDesignM.MAGNIFY));
        find.setPrefWidth(260);
        find.textProperty().bindBidirectional(search.queryProperty());
        find.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (event.isShiftDown()) {
                    search.previous();
                } else {
                    search.next();
                }
                selectCurrent(); // also when the only match is current already and the user clicked elsewhere
                event.consume();
            }
        });
        Label status = new Label();
        status.setId("inspect-search-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(search.statusProperty());
        Button previous = iconButton(MaterialDesignC.CHEVRON_UP, "Previous match (Shift+Enter)");
        previous.setOnAction(event -> {
            search.previous();
            selectCurrent();
        });
        Button next = iconButton(MaterialDesignC.CHEVRON_DOWN, "Next match (Enter)");
        next.setOnAction(event -> {
            search.next();
            selectCurrent();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToggleButton reveal = new ToggleButton(null, Icons.of(MaterialDesignE.EYE_OUTLINE));
        reveal.setId("inspect-reveal");
        reveal.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        reveal.setTooltip(new Tooltip("Show or hide secret-looking values (passwords, tokens, keys)"));
        reveal.selectedProperty().bindBidirectional(search.revealedProperty());
        Button copy = new Button("Copy", Icons.of(MaterialDesignC.CONTENT_COPY));
        copy.setId("inspect-copy");
        copy.setTooltip(new Tooltip("Copy the whole JSON, like `docker inspect NAME | clip`"));
        copy.disableProperty().bind(search.textProperty().isEmpty());
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(search.realText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox bar = new HBox(6, find, previous, next, status, spacer, reveal, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 8, 0));
        return bar;
    }

    private static Button iconButton(Ikon icon, String tip) {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    /** Selects the current match and scrolls it to the middle of the view. */
    private void selectCurrent() {
        int start = search.currentStart();
        if (start < 0) {
            json.deselect();
            return;
        }
        json.selectRange(start, search.currentEnd());
        String text = json.getText();
        long line = text.substring(0, start).chars().filter(c -> c == '\n').count();
        Text probe = new Text("{");
        probe.setFont(json.getFont());
        double lineHeight = probe.getLayoutBounds().getHeight();
        json.setScrollTop(Math.max(0, line * lineHeight - json.getHeight() / 3));
    }
}
