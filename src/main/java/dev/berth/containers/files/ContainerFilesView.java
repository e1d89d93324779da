package dev.berth.containers.files;

import atlantafx.base.theme.Styles;
import dev.berth.containers.files.FileEditorViewModel.State;
import dev.berth.ui.Icons;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.TaskStrip;
import dev.berth.ui.files.FileBrowserView;
import dev.berth.ui.files.FileBrowserViewModel;
import dev.berth.ui.files.TransferStatus;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

import java.io.File;
import java.util.List;

/**
 * The Files page of a container's details: the shared browser with Only changed, Download and Upload (also by
 * dropping files on the list), the transfer's progress with Cancel, and the editor over the list while a file is open.
 */
public final class ContainerFilesView extends BorderPane {

    public ContainerFilesView(ContainerFilesViewModel model) {
        getStyleClass().add("container-files");
        FileBrowserViewModel browser = model.browser();
        TransferStatus transfers = model.transfers();
        ToggleButton onlyChanged = new ToggleButton("Only changed", Icons.of(MaterialDesignF.FILE_COMPARE));
        onlyChanged.setId("container-files-only-changed");
        onlyChanged.setTooltip(new Tooltip("Show only what the container added, changed or deleted against its image"
                + " (docker diff)"));
        onlyChanged.selectedProperty().bindBidirectional(browser.onlyChangedProperty());
        Button download = new Button("Download…", Icons.of(MaterialDesignD.DOWNLOAD));
        download.setId("container-files-download");
        download.setTooltip(new Tooltip("Copy the selected file or folder to this computer (docker cp)"));
        download.disableProperty().bind(browser.selectedProperty().isNull().or(transfers.busyProperty()));
        download.setOnAction(event -> model.askDownload(browser.selectedProperty().get()));
        MenuItem file = new MenuItem("A file…");
        file.setId("container-files-upload-file");
        file.setOnAction(event -> model.askUploadFile());
        MenuItem folder = new MenuItem("A folder…");
        folder.setId("container-files-upload-folder");
        folder.setOnAction(event -> model.askUploadFolder());
        MenuButton upload = new MenuButton("Upload", Icons.of(MaterialDesignU.UPLOAD), file, folder);
        upload.setId("container-files-upload");
        upload.setTooltip(new Tooltip("Copy files of this computer into the folder shown (docker cp), or drop them"
                + " on the list"));
        upload.disableProperty().bind(transfers.busyProperty());

        FileBrowserView list = new FileBrowserView(browser, "container-files", model::openFile,
                List.of(onlyChanged, download, upload));
        acceptDrops(list, model);
        FileEditorView editor = new FileEditorView(model.editor(), () -> model.askDownload(model.editor().entry()));
        editor.visibleProperty().bind(model.editor().stateProperty().isNotEqualTo(State.CLOSED));
        list.visibleProperty().bind(editor.visibleProperty().not());
        setCenter(new StackPane(list, editor));
        TaskStrip strip = new TaskStrip("container-files-transfer", transfers.statusProperty(),
                transfers.progressProperty(), transfers.busyProperty(), transfers::cancel);
        strip.getStyleClass().add(Styles.TEXT_SMALL);
        setBottom(new VBox(4, new NoticeBanner(transfers.notice()), strip));
    }

    /** Files and folders dropped on the list are copied into the folder it shows. */
    private static void acceptDrops(FileBrowserView list, ContainerFilesViewModel model) {
        list.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !model.transfers().busyProperty().get()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        list.setOnDragDropped(event -> {
            Dragboard dropped = event.getDragboard();
            boolean taken = dropped.hasFiles();
            if (taken) { // asked after the drop has ended: a question inside the drop would hold the drag open
                List<java.nio.file.Path> files = dropped.getFiles().stream().map(File::toPath).toList();
                Platform.runLater(() -> model.upload(files));
            }
            event.setDropCompleted(taken);
            event.consume();
        });
    }
}
