package dev.berth.images;

import dev.berth.ui.UserAction;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

import java.util.List;

/** The Images tab's commands: one definition each for the toolbar, the row menu and the shortcuts. */
final class ImageActions {
    final UserAction pull;
    final UserAction load;
    final UserAction run;
    final UserAction tag;
    final UserAction push;
    final UserAction pullAgain;
    final UserAction save;
    final UserAction remove;

    /** The view's handlers, each asking what it needs (a reference, a file, a confirmation) first. */
    interface Handlers {
        void pull();

        void pullAgain();

        void load();

        void run();

        void tag();

        void push();

        void save();

        void remove();
    }

    ImageActions(ImagesViewModel model, ArchiveTasks archives, Handlers handlers) {
        ObservableValue<Boolean> always = Bindings.createBooleanBinding(() -> true);
        ObservableValue<ImageRow> chosen = model.rows().selectedProperty();
        ObservableValue<Boolean> selected = chosen.map(row -> true).orElse(false);
        ObservableValue<Boolean> tagged = chosen.map(row -> !row.isDangling()).orElse(false);
        ObservableValue<Boolean> archiveFree = archives.runningProperty().not();
        ObservableValue<Boolean> canSave = Bindings.createBooleanBinding(() -> chosen.getValue() != null
                && !archives.runningProperty().get(), chosen, archives.runningProperty());
        pull = new UserAction("pull", "Pull…", MaterialDesignD.DOWNLOAD, shortcut(KeyCode.P), "docker pull IMAGE",
                always, handlers::pull, false);
        load = new UserAction("load", "Load…", MaterialDesignU.UPLOAD_OUTLINE, shortcut(KeyCode.O),
                "docker load -i FILE.tar", archiveFree, handlers::load, true);
        run = new UserAction("run", "Run…", MaterialDesignP.PLAY_BOX_OUTLINE, shortcut(KeyCode.R),
                "docker run IMAGE", selected, handlers::run, false);
        tag = new UserAction("tag", "Tag…", MaterialDesignT.TAG_PLUS_OUTLINE, shortcut(KeyCode.T),
                "docker tag IMAGE NEW_REPOSITORY:TAG", selected, handlers::tag, true);
        push = new UserAction("push", "Push…", MaterialDesignC.CLOUD_UPLOAD_OUTLINE, shiftShortcut(KeyCode.U),
                "docker push REPOSITORY:TAG", tagged, handlers::push, true);
        pullAgain = new UserAction("pull-again", "Pull again", MaterialDesignR.REFRESH, shiftShortcut(KeyCode.P),
                "docker pull REPOSITORY:TAG (the newest image of that tag)", tagged, handlers::pullAgain, true);
        save = new UserAction("save", "Save to .tar…", MaterialDesignC.CONTENT_SAVE_OUTLINE, shortcut(KeyCode.S),
                "docker save -o FILE.tar IMAGE", canSave, handlers::save, true);
        remove = new UserAction("rm", "Remove…", MaterialDesignD.DELETE_OUTLINE, new KeyCodeCombination(KeyCode.DELETE),
                "docker rmi IMAGE", selected, handlers::remove, true);
    }

    List<UserAction> all() {
        return List.of(pull, load, run, tag, push, pullAgain, save, remove);
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shiftShortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
