package dev.berth.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import java.util.List;
import java.util.function.Predicate;

/**
 * One user action, defined once and shown as a toolbar button, a context-menu item and a keyboard shortcut, all
 * enabled by the same condition.
 *
 * @param id       node id suffix, e.g. "stop" gives the button id "{prefix}-stop"
 * @param cli      the `docker …` form, for the tooltip, e.g. "docker stop NAME…"
 * @param keys     the shortcut, or null
 * @param iconOnly whether the toolbar shows only the icon (the tooltip still names it)
 */
public record UserAction(String id, String label, Ikon icon, KeyCombination keys, String cli,
                      ObservableValue<Boolean> enabled, Runnable action, boolean iconOnly) {

    /** Ctrl+F (Cmd+F): puts the focus in the tab's search field. */
    public static UserAction find(Runnable focusSearch) {
        return new UserAction("find", "Search", MaterialDesignM.MAGNIFY,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), null, new SimpleBooleanProperty(true),
                focusSearch, true);
    }

    /** The same command shown as an icon only (its label moves to the tooltip), for a crowded toolbar. */
    public UserAction iconOnlyVersion() {
        return new UserAction(id, label, icon, keys, cli, enabled, action, true);
    }

    /** The same command with its label shown: where a button stands alone and must say what it does. */
    public UserAction withLabel(String longerLabel) {
        return new UserAction(id, longerLabel, icon, keys, cli, enabled, action, false);
    }

    public Button toButton(String idPrefix) {
        Button button = new Button(iconOnly ? null : label, Icons.of(icon));
        button.setId(idPrefix + "-" + id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (iconOnly) {
            button.getStyleClass().add(Styles.BUTTON_ICON);
        }
        HoverTooltips.install(button, this::describe);
        button.disableProperty().bind(disabled());
        button.setOnAction(event -> action.run());
        return button;
    }

    public MenuItem toMenuItem() {
        MenuItem item = new MenuItem(label, Icons.of(icon));
        item.disableProperty().bind(disabled());
        item.setOnAction(event -> action.run());
        return item;
    }

    private String describe() {
        String shortcut = keys == null ? "" : " (" + keys.getDisplayText() + ")";
        return label.replace("…", "") + shortcut + (cli == null ? "" : "\nSame as: " + cli);
    }

    private ObservableValue<Boolean> disabled() {
        return Bindings.createBooleanBinding(() -> !Boolean.TRUE.equals(enabled.getValue()), enabled);
    }

    /**
     * While {@code view} is in a window, its commands' shortcuts work anywhere in that window (the sidebar may
     * have the focus). Shortcuts without a modifier (Delete, F2) work only where {@code plainKeysAt} says, so that
     * Delete in a text field or a console never removes a container.
     */
    public static void installShortcuts(Node view, List<UserAction> commands, Predicate<Object> plainKeysAt) {
        EventHandler<KeyEvent> handler = event -> {
            boolean plain = !event.isShortcutDown() && !event.isAltDown();
            if (plain && !plainKeysAt.test(event.getTarget())) {
                return;
            }
            for (UserAction command : commands) {
                if (command.keys() != null && command.keys().match(event)
                        && Boolean.TRUE.equals(command.enabled().getValue())) {
                    command.action().run();
                    event.consume();
                    return;
                }
            }
        };
        view.sceneProperty().subscribe((before, after) -> {
            if (before != null) {
                before.removeEventHandler(KeyEvent.KEY_PRESSED, handler);
            }
            if (after != null) {
                after.addEventHandler(KeyEvent.KEY_PRESSED, handler);
            }
        });
    }
}
