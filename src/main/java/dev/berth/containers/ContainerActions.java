package dev.berth.containers;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.ui.UserAction;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.ArrayList;
import java.util.List;

/** The Containers tab's commands: one definition each for the toolbar, the row menu and the shortcuts. */
final class ContainerActions {
    final UserAction run;
    final UserAction edit;
    final UserAction rename;
    final UserAction remove;
    final UserAction copyId;
    final UserAction logs;
    final UserAction console;
    final UserAction attach;
    final List<UserAction> lifecycle;

    ContainerActions(ContainersViewModel model, Runnable openRun, Runnable openEdit, Runnable askRename,
                      Runnable askRemove, Runnable copySelectedId, Runnable showLogs, Runnable openConsole, Runnable attachConsole) {
        ObservableValue<Boolean> oneSelected = model.rows().selectedProperty().map(row -> true).orElse(false);
        ObservableValue<Boolean> anySelected = Bindings.isNotEmpty(model.selectedRows());
        run = new UserAction("run", "Run…", MaterialDesignP.PLAY_BOX_OUTLINE, shortcut(KeyCode.N), "docker run …",
                Bindings.createBooleanBinding(() -> true), openRun, false);
        edit = new UserAction("edit", "Edit…", MaterialDesignP.PENCIL_OUTLINE, shortcut(KeyCode.E),
                "docker stop + rename + run + rm (recreate with new settings)", oneSelected, openEdit, true);
        rename = new UserAction("rename", "Rename…", MaterialDesignR.RENAME_BOX, new KeyCodeCombination(KeyCode.F2),
                "docker rename NAME NEW_NAME", oneSelected, askRename, true);
        remove = new UserAction("rm", "Remove…", MaterialDesignD.DELETE_OUTLINE, new KeyCodeCombination(KeyCode.DELETE),
                "docker rm NAME…", anySelected, askRemove, true);
        logs = new UserAction("logs", "Logs", MaterialDesignT.TEXT_BOX_OUTLINE, shortcut(KeyCode.L),
                "docker logs --follow NAME", oneSelected, showLogs, true);
        ObservableValue<Boolean> oneRunning = model.rows().selectedProperty()
                .flatMap(row -> row.summaryProperty().map(summary -> summary.state() == ContainerState.RUNNING))
                .orElse(false);
        console = new UserAction("console", "Open console", MaterialDesignC.CONSOLE, shortcut(KeyCode.T),
                "docker exec -it NAME sh", oneRunning, openConsole, true);
        attach = new UserAction("attach", "Attach to main process", MaterialDesignL.LINK_VARIANT,
                shiftShortcut(KeyCode.A), "docker attach NAME (for a container run with -it; Ctrl+P Ctrl+Q detaches)",
                oneRunning, attachConsole, true);
        copyId = new UserAction("copy-id", "Copy ID", MaterialDesignC.CONTENT_COPY, null, null, oneSelected,
                copySelectedId, true);
        lifecycle = List.of(
                lifecycle(model, LifecycleAction.START, "Start", MaterialDesignP.PLAY, KeyCode.S, true),
                lifecycle(model, LifecycleAction.STOP, "Stop", MaterialDesignS.STOP, KeyCode.X, true),
                lifecycle(model, LifecycleAction.RESTART, "Restart", MaterialDesignR.RESTART, KeyCode.R, true),
                lifecycle(model, LifecycleAction.PAUSE, "Pause", MaterialDesignP.PAUSE, KeyCode.P, true),
                lifecycle(model, LifecycleAction.UNPAUSE, "Resume", MaterialDesignP.PLAY_PAUSE, KeyCode.U, true),
                lifecycle(model, LifecycleAction.KILL, "Kill", MaterialDesignF.FLASH_OUTLINE, KeyCode.K, true));
    }

    private static UserAction lifecycle(ContainersViewModel model, LifecycleAction action, String label, Ikon icon,
                                     KeyCode key, boolean iconOnly) {
        return new UserAction(action.verb(), label, icon, shiftShortcut(key), "docker " + action.verb() + " NAME…",
                model.canPerform(action), () -> model.perform(action), iconOnly);
    }

    List<UserAction> all() {
        List<UserAction> all = new ArrayList<>(List.of(run, edit, rename, remove, copyId, logs, console, attach));
        all.addAll(lifecycle);
        return all;
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shiftShortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
