package dev.berth.about;

import atlantafx.base.theme.Styles;
import dev.berth.ui.AppIcon;
import dev.berth.ui.FormGrid;
import dev.berth.ui.Icons;
import dev.berth.ui.Theme;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.util.function.Supplier;

/** The About Berth window: one at a time, brought to the front when asked for again. */
public final class AboutWindow {
    private final Supplier<AboutViewModel> models;
    private Stage window;

    public AboutWindow(Supplier<AboutViewModel> models) {
        this.models = models;
    }

    /** Opens the window over {@code owner}, or brings the open one forward; call on the FX thread. */
    public Stage show(Window owner) {
        if (window != null && window.isShowing()) {
            window.toFront();
            return window;
        }
        window = new Stage();
        window.initOwner(owner);
        window.setTitle("About Berth");
        window.setResizable(false);
        AppIcon.applyTo(window);
        Scene scene = new Scene(layout(models.get(), window));
        scene.getStylesheets().add(Theme.BERTH_CSS);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                window.close();
            }
        });
        window.setScene(scene);
        // The read-only path field would take the first focus and show as an input; Close is what Enter means.
        window.setOnShown(event -> scene.lookup("#about-close").requestFocus());
        window.show();
        return window;
    }

    private static VBox layout(AboutViewModel model, Stage window) {
        Label name = new Label("Berth");
        name.getStyleClass().add(Styles.TITLE_2);
        Label version = new Label(model.version());
        version.setId("about-version");
        version.getStyleClass().add(Styles.TEXT_MUTED);
        Label what = new Label("A fast desktop client for the Docker Engine");
        HBox header = new HBox(16, AppIcon.view(64), new VBox(2, name, version, what));
        header.setAlignment(Pos.CENTER_LEFT);

        FormGrid facts = new FormGrid();
        Label engine = new Label();
        engine.setId("about-engine");
        engine.setWrapText(true);
        engine.textProperty().bind(model.engine());
        facts.add("Engine", engine);
        facts.add("Log file", logFile(model));
        Hyperlink licence = new Hyperlink(AboutViewModel.LICENCE);
        licence.setId("about-licence");
        licence.setPadding(Insets.EMPTY);
        licence.setOnAction(event -> model.openLicence());
        facts.add("Licence", licence);

        Button close = new Button("Close");
        close.setId("about-close");
        close.setDefaultButton(true);
        close.setOnAction(event -> window.close());
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox buttons = new HBox(push, close);

        VBox root = new VBox(16, header, new Separator(), facts, buttons);
        root.setId("about-berth");
        root.setPadding(new Insets(20));
        root.setPrefWidth(720);
        return root;
    }

    private static HBox logFile(AboutViewModel model) {
        // A read-only field rather than a label, so the path can be selected and copied.
        TextField path = new TextField(model.logFile());
        path.setId("about-log-file");
        path.setEditable(false);
        path.getStyleClass().add("command-text");
        path.end(); // when the path is longer than the field, its file name stays in view
        HBox.setHgrow(path, Priority.ALWAYS);
        Button open = new Button("Open folder", Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        open.setId("about-open-log-folder");
        open.setOnAction(event -> model.openLogFolder());
        // A disabled button shows no tooltip of its own, so the box around it carries the reason.
        HBox holder = new HBox(open);
        model.logFolderBlocked().ifPresentOrElse(reason -> {
            open.setDisable(true);
            Tooltip.install(holder, new Tooltip(reason));
        }, () -> open.setTooltip(new Tooltip("Show the log folder in the file manager")));
        return new HBox(8, path, holder);
    }
}
