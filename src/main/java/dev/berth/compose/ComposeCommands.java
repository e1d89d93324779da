package dev.berth.compose;

import dev.berth.ui.UserAction;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.List;

/** The Compose section's commands: one definition each for the toolbar, the row menu and the shortcuts. */
final class ComposeCommands {
    final UserAction open;
    final UserAction up;
    final UserAction down;
    final UserAction start;
    final UserAction stop;
    final UserAction restart;
    final UserAction pull;
    final UserAction build;
    final UserAction scale;
    final UserAction logs;
    final UserAction loadFiles;
    final UserAction removeFromList;

    ComposeCommands(ComposeViewModel model, Runnable askScale) {
        open = action("open", "Open compose file…", MaterialDesignF.FOLDER_OPEN_OUTLINE, shortcut(KeyCode.O),
                "docker compose -f FILE …", new SimpleBooleanProperty(true), model::openFile, false);
        up = action("up", "Up", MaterialDesignA.ARROW_UP_BOLD_OUTLINE, shift(KeyCode.U), "docker compose up -d",
                model.canUpProperty(), model::up, false);
        down = action("down", "Down…", MaterialDesignA.ARROW_DOWN_BOLD_OUTLINE, new KeyCodeCombination(KeyCode.DELETE),
                "docker compose down [-v]", model.canDownProperty(), model::askDown, false);
        start = action("start", "Start", MaterialDesignP.PLAY, shift(KeyCode.S), "docker compose start",
                model.canStartProperty(), model::start, true);
        stop = action("stop", "Stop", MaterialDesignS.STOP, shift(KeyCode.X), "docker compose stop",
                model.canStopProperty(), model::stop, true);
        restart = action("restart", "Restart", MaterialDesignR.RESTART, shift(KeyCode.R), "docker compose restart",
                model.canRestartProperty(), model::restart, true);
        pull = action("pull", "Pull", MaterialDesignD.DOWNLOAD_OUTLINE, shift(KeyCode.P), "docker compose pull",
                model.canPullProperty(), model::pull, true);
        build = action("build", "Build", MaterialDesignH.HAMMER_WRENCH, shift(KeyCode.B), "docker compose build",
                model.canBuildProperty(), model::build, true);
        scale = action("scale", "Scale…", MaterialDesignA.ARROW_EXPAND_HORIZONTAL, null,
                "docker compose up -d --scale SERVICE=N --no-recreate SERVICE", model.canScaleProperty(), askScale,
                true);
        logs = action("logs", "Logs", MaterialDesignT.TEXT_BOX_OUTLINE, shortcut(KeyCode.L),
                "docker compose logs --follow", model.rows().selectedProperty().map(row -> row.engine() != null)
                        .orElse(false), model::showLogs, true);
        loadFiles = action("load-files", "Load its compose file", MaterialDesignF.FILE_DOCUMENT_OUTLINE, null,
                "docker compose -f FILE …", model.canLoadItsFilesProperty(), model::loadItsFiles, false);
        removeFromList = action("forget", "Remove from list", MaterialDesignP.PLAYLIST_REMOVE, null, null,
                model.canRemoveFromListProperty(), model::removeFromList, true);
    }

    private static UserAction action(String id, String label, Ikon icon, KeyCombination keys, String cli,
                                     ObservableValue<Boolean> enabled, Runnable run, boolean iconOnly) {
        return new UserAction(id, label, icon, keys, cli, enabled, run, iconOnly);
    }

    List<UserAction> all() {
        return List.of(open, up, down, start, stop, restart, pull, build, scale, logs, loadFiles, removeFromList);
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shift(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
