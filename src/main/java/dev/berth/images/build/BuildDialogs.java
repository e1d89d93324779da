package dev.berth.images.build;

import dev.berth.daemon.build.BuildOperations;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.Navigator;
import dev.berth.ui.TaskNotices;
import dev.berth.ui.UserAction;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Opens the Build dialog. A successful build is echoed as its {@code docker build} line and its image is selected
 * in the Images section.
 */
public final class BuildDialogs {
    private final BuildOperations builds;
    private final Executor ui;
    private final Navigator navigator;
    private final CommandEcho echo;
    private final TaskNotices notices;

    /** @param notices told how each build ended, so a long one can be announced while the user looks elsewhere */
    public BuildDialogs(BuildOperations builds, Executor ui, Navigator navigator, CommandEcho echo,
                        TaskNotices notices) {
        this.builds = builds;
        this.ui = ui;
        this.navigator = navigator;
        this.echo = echo;
        this.notices = notices;
    }

    /** "Build image…" (Ctrl/⌘+B), for the window's global shortcuts and the Images toolbar. */
    public UserAction command(Supplier<Window> owner) {
        return new UserAction("build-image", "Build image…", MaterialDesignH.HAMMER_WRENCH,
                new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), "docker build -t NAME CONTEXT",
                new SimpleBooleanProperty(true), () -> open(owner.get()), false);
    }

    public void open(Window owner) {
        BuildDialogViewModel model = new BuildDialogViewModel(builds, ui, Instant::now, notices);
        model.setOnBuilt(built -> {
            echo.echo(built.commandLine());
            navigator.showImage(built.imageId());
        });
        new BuildDialog(owner, model).show();
    }
}
