package dev.berth.images.build;

import dev.berth.ui.CommandEcho;
import dev.berth.ui.Navigator;
import dev.berth.ui.UserAction;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

import java.util.function.Supplier;

/**
 * Opens the Build dialog. A successful build is echoed as its {@code docker build} line and its image is selected
 * in the Images section.
 */
public final class BuildDialogs {
    private final Supplier<BuildDialogViewModel> models;
    private final Navigator navigator;
    private final CommandEcho echo;

    /** @param models makes the model of a new Build dialog */
    public BuildDialogs(Supplier<BuildDialogViewModel> models, Navigator navigator, CommandEcho echo) {
        this.models = models;
        this.navigator = navigator;
        this.echo = echo;
    }

    /** "Build image…" (Ctrl/⌘+B), for the window's global shortcuts and the Images toolbar. */
    public UserAction command(Supplier<Window> owner) {
        return new UserAction("build-image", "Build image…", MaterialDesignH.HAMMER_WRENCH,
                new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), "docker build -t NAME CONTEXT",
                new SimpleBooleanProperty(true), () -> open(owner.get()), false);
    }

    public void open(Window owner) {
        BuildDialogViewModel model = models.get();
        model.setOnBuilt(built -> {
            echo.echo(built.commandLine());
            navigator.showImage(built.imageId());
        });
        new BuildDialog(owner, model).show();
    }
}
