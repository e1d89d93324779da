package dev.berth.ui.files;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.berth.daemon.containers.FileChange;
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
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The file browser a volume's and a container's Files pages share: a path bar to type into, the open folder's
 * entries (double-click or Enter opens a folder, Backspace goes up), and the page's own actions on the right. Ids
 * start with {@code idPrefix} ("volume" gives #volume-files, #volume-path).
 */
public final class FileBrowserView extends BorderPane {
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final FileBrowserViewModel model;
    private final TableView<FileEntry> table = new TableView<>();

    /**
     * @param openFile asked to open an entry that is not a folder (a file to view); null when files do not open
     * @param actions  the page's buttons, right of the path bar
     */
    public FileBrowserView(FileBrowserViewModel model, String idPrefix, Consumer<FileEntry> openFile,
                           List<Node> actions) {
        this.model = model;
        getStyleClass().add("file-browser");
        Button up = iconButton(MaterialDesignA.ARROW_UP, "Up one folder (Backspace)", idPrefix + "-up");
        up.disableProperty().bind(model.folderProperty().isEqualTo("/"));
        up.setOnAction(event -> model.up());
        Button refresh = iconButton(MaterialDesignR.REFRESH, "Read the folder again", idPrefix + "-refresh");
        refresh.setOnAction(event -> model.refresh());
        Label place = new Label();
        place.setId(idPrefix + "-place");
        place.getStyleClass().add(Styles.TEXT_BOLD);
        place.textProperty().bind(model.placeProperty().map(name -> name + ":").orElse(""));
        TextField path = new TextField();
        path.setId(idPrefix + "-path");
        path.getStyleClass().add("file-path");
        path.setTooltip(new Tooltip("Type a path and press Enter to open it"));
        path.textProperty().bindBidirectional(model.typedPathProperty());
        path.setOnAction(event -> {
            model.openTyped();
            table.requestFocus();
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(16, 16);
        loading.visibleProperty().bind(model.loadingProperty());
        HBox bar = new HBox(6, up, refresh, place, path, loading);
        bar.getChildren().addAll(actions);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 0, 6, 0));
        setTop(new VBox(4, bar, new NoticeBanner(model.notice())));

        buildTable(idPrefix, openFile);
        EmptyState empty = new EmptyState(MaterialDesignF.FOLDER_OPEN_OUTLINE, "This folder is empty",
                "Files written here appear when you open or refresh the folder.");
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.entries().isEmpty()
                && !model.loadingProperty().get() && model.notice().get() == null, model.entries(),
                model.loadingProperty(), model.notice().property()));
        empty.setMouseTransparent(true);
        setCenter(new StackPane(table, empty));
    }

    private void buildTable(String idPrefix, Consumer<FileEntry> openFile) {
        table.setId(idPrefix + "-files");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label());
        table.setItems(model.entries());
        table.getSelectionModel().selectedItemProperty().subscribe(model.selectedProperty()::set);
        model.selectedProperty().subscribe(entry -> {
            if (entry != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(entry);
            }
        });
        TableColumn<FileEntry, FileEntry> name = new TableColumn<>("Name");
        name.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        name.setCellFactory(unused -> new NameCell());
        name.setPrefWidth(260);
        name.setSortable(false);
        table.getColumns().setAll(List.of(name,
                text("Size", entry -> entry.kind() == FileEntry.Kind.LINK || deleted(entry) ? ""
                        : ByteSizes.human(entry.size()), 90, null),
                text("Modified", entry -> deleted(entry) ? "" : MODIFIED.format(entry.modified()), 150, null),
                text("Permissions", entry -> deleted(entry) ? "" : entry.permissions(), 100, "mono-column"),
                text("Owner", entry -> deleted(entry) ? "" : entry.owner().describe(), 100, null),
                text("Points to", FileEntry::linkTarget, 160, null)));
        table.setRowFactory(unused -> {
            TableRow<FileEntry> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem(), openFile);
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            FileEntry entry = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && entry != null) {
                open(entry, openFile);
                event.consume();
            } else if (event.getCode() == KeyCode.BACK_SPACE) {
                model.up();
                event.consume();
            }
        });
    }

    private void open(FileEntry entry, Consumer<FileEntry> openFile) {
        if (!model.enter(entry) && openFile != null && !deleted(entry)) {
            openFile.accept(entry);
        }
    }

    private boolean deleted(FileEntry entry) {
        return model.markOf(entry) == FileChange.Kind.DELETED;
    }

    private static TableColumn<FileEntry, String> text(String title, Function<FileEntry, String> value, double width,
                                                       String styleClass) {
        TableColumn<FileEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        if (styleClass != null) {
            column.getStyleClass().add(styleClass);
        }
        return column;
    }

    private static Button iconButton(Ikon icon, String tip, String id) {
        Button button = new Button(null, Icons.of(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    /** An icon for the kind, the name, and the change mark ("A", "C", "D") tinted as docker diff's kinds. */
    private final class NameCell extends TableCell<FileEntry, FileEntry> {
        private final Label mark = new Label();
        private final Label text = new Label();
        private final HBox content = new HBox(6);

        NameCell() {
            mark.getStyleClass().add("file-mark");
            text.getStyleClass().add("file-name");
            mark.setMinWidth(16);
            content.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(FileEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("file-added", "file-changed", "file-deleted");
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            FileChange.Kind change = model.markOf(entry);
            mark.setText(change == null ? "" : change.letter);
            if (change != null) {
                getStyleClass().add("file-" + change.name().toLowerCase(Locale.ROOT));
                mark.setTooltip(new Tooltip(switch (change) {
                    case ADDED -> "Added: not in the image";
                    case CHANGED -> "Changed against the image";
                    case DELETED -> "Deleted: in the image, gone from the container";
                }));
            }
            text.setText(entry.name());
            text.setGraphic(Icons.of(switch (entry.kind()) {
                case FOLDER -> MaterialDesignF.FOLDER_OUTLINE;
                case LINK -> MaterialDesignL.LINK_VARIANT;
                case FILE -> MaterialDesignF.FILE_OUTLINE;
                case OTHER -> change == FileChange.Kind.DELETED ? MaterialDesignF.FILE_REMOVE_OUTLINE
                        : MaterialDesignF.FILE_QUESTION_OUTLINE;
            }));
            content.getChildren().setAll(mark, text);
            setGraphic(content);
        }
    }
}
