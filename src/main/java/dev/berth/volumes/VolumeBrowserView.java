package dev.berth.volumes;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.berth.daemon.files.FileEntry;
import dev.berth.ui.EmptyState;
import dev.berth.ui.Icons;
import dev.berth.ui.NoticeBanner;
import dev.berth.ui.text.ByteSizes;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Files page of a volume: a breadcrumb, the open folder's entries (double-click or Enter opens a folder), and
 * Download for the selected file or folder.
 */
final class VolumeBrowserView extends BorderPane {
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final VolumeBrowserViewModel model;
    private final TableView<FileEntry> table = new TableView<>();
    private final HBox crumbs = new HBox(2);

    /** @param download asked to download the given entry (the caller picks the host folder) */
    VolumeBrowserView(VolumeBrowserViewModel model, Consumer<FileEntry> download,
                      javafx.beans.value.ObservableValue<Boolean> transferring) {
        this.model = model;
        getStyleClass().add("volume-browser");
        Button up = iconButton(MaterialDesignA.ARROW_UP, "Up one folder", "volume-browser-up");
        up.disableProperty().bind(model.folderProperty().isEmpty());
        up.setOnAction(event -> model.up());
        Button refresh = iconButton(MaterialDesignR.REFRESH, "Read the folder again", "volume-browser-refresh");
        refresh.setOnAction(event -> model.refresh());
        Button get = new Button("Download…", Icons.of(MaterialDesignD.DOWNLOAD));
        get.setId("volume-download");
        get.setTooltip(new Tooltip("Copy the selected file or folder to this computer"));
        get.disableProperty().bind(Bindings.createBooleanBinding(() -> table.getSelectionModel()
                        .getSelectedItem() == null || transferring.getValue(),
                table.getSelectionModel().selectedItemProperty(), transferring));
        get.setOnAction(event -> download.accept(table.getSelectionModel().getSelectedItem()));
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(16, 16);
        loading.visibleProperty().bind(model.loadingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        crumbs.setAlignment(Pos.CENTER_LEFT);
        model.folderProperty().subscribe(folder -> showCrumbs());
        model.volumeProperty().subscribe(volume -> showCrumbs());
        HBox bar = new HBox(6, up, refresh, crumbs, loading, gap, get);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 0, 6, 0));
        setTop(new VBox(4, bar, new NoticeBanner(model.notice())));

        buildTable();
        EmptyState empty = new EmptyState(MaterialDesignF.FOLDER_OPEN_OUTLINE, "This folder is empty",
                "Files that containers write here appear when you open or refresh the folder.");
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.entries().isEmpty()
                && !model.loadingProperty().get() && model.notice().get() == null, model.entries(),
                model.loadingProperty(), model.notice().property()));
        empty.setMouseTransparent(true);
        setCenter(new StackPane(table, empty));
    }

    private void buildTable() {
        table.setId("volume-files");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label());
        table.setItems(model.entries());
        TableColumn<FileEntry, FileEntry> name = new TableColumn<>("Name");
        name.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        name.setCellFactory(unused -> new NameCell());
        name.setPrefWidth(260);
        name.setSortable(false);
        TableColumn<FileEntry, String> size = text("Size", entry -> entry.kind() == FileEntry.Kind.LINK ? ""
                : ByteSizes.human(entry.size()), 90);
        TableColumn<FileEntry, String> modified = text("Modified", entry -> MODIFIED.format(entry.modified()), 150);
        TableColumn<FileEntry, String> mode = text("Permissions", FileEntry::permissions, 100);
        mode.getStyleClass().add("mono-column");
        TableColumn<FileEntry, String> link = text("Points to", FileEntry::linkTarget, 160);
        table.getColumns().setAll(List.of(name, size, modified, mode, link));
        table.setRowFactory(unused -> {
            TableRow<FileEntry> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    model.enter(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            FileEntry entry = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && entry != null) {
                model.enter(entry);
                event.consume();
            } else if (event.getCode() == KeyCode.BACK_SPACE) {
                model.up();
                event.consume();
            }
        });
    }

    private static TableColumn<FileEntry, String> text(String title,
                                                         java.util.function.Function<FileEntry, String> value,
                                                         double width) {
        TableColumn<FileEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** The volume's name, then one link per folder down to the open one. */
    private void showCrumbs() {
        crumbs.getChildren().clear();
        String volume = model.volumeProperty().get();
        if (volume == null) {
            return;
        }
        List<String> paths = model.crumbs();
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            String label = i == 0 ? volume : path.substring(path.lastIndexOf('/') + 1);
            if (i > 0) {
                crumbs.getChildren().add(new Label("/"));
            }
            if (i == paths.size() - 1) {
                Label here = new Label(label);
                here.setId("volume-browser-here");
                here.getStyleClass().add(Styles.TEXT_BOLD);
                crumbs.getChildren().add(here);
            } else {
                Hyperlink link = new Hyperlink(label);
                link.setOnAction(event -> model.open(path));
                crumbs.getChildren().add(link);
            }
        }
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tip, String id) {
        Button button = new Button(null, Icons.of(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    /** An icon for the kind, then the name. */
    private static final class NameCell extends TableCell<FileEntry, FileEntry> {
        @Override
        protected void updateItem(FileEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(entry.name());
            setGraphic(Icons.of(switch (entry.kind()) {
                case FOLDER -> MaterialDesignF.FOLDER_OUTLINE;
                case LINK -> MaterialDesignL.LINK_VARIANT;
                case FILE -> MaterialDesignF.FILE_OUTLINE;
                case OTHER -> MaterialDesignF.FILE_QUESTION_OUTLINE;
            }));
        }
    }
}
