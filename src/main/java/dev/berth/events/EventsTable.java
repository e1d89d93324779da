package dev.berth.events;

import atlantafx.base.theme.Tweaks;
import dev.berth.daemon.DaemonEvent;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * The feed as a virtualized table in arrival order (oldest at the top, like {@code docker events}): time, type,
 * action, the actor (a link to it in its own section) and the attributes that matter. A gap marker is a row of its
 * own with its sentence across the details.
 */
final class EventsTable extends TableView<FeedItem> {
    private static final PseudoClass GAP = PseudoClass.getPseudoClass("gap");

    EventsTable(EventsViewModel model, ZoneId zone, Node placeholder) {
        super(model.visibleItems());
        setId("events-table");
        // not striped: a row's :odd turns as the flow hands it another row, which costs a repaint (see ActorCell)
        getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "events-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setFixedCellSize(26); // rows of one height: the flow lays out only what is in view
        setPlaceholder(placeholder);
        TableColumn<FeedItem, FeedItem> time = column("Time", 118, item -> EventText.time(item.time(), zone));
        time.getStyleClass().add("mono-column");
        time.setMinWidth(110);
        TableColumn<FeedItem, FeedItem> type = column("Type", 85, item -> item instanceof FeedItem.Event row
                ? row.event().type() : "");
        TableColumn<FeedItem, FeedItem> action = column("Action", 115, item -> item instanceof FeedItem.Event row
                ? row.event().action() : "gap");
        TableColumn<FeedItem, FeedItem> actor = new TableColumn<>("Actor");
        actor.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        actor.setCellFactory(unused -> new ActorCell(model, zone));
        actor.setPrefWidth(300);
        actor.setSortable(false);
        TableColumn<FeedItem, FeedItem> details = column("Details", 320, item -> item instanceof FeedItem.Event row
                ? EventText.details(row.event()) : EventText.GAP_REASON);
        getColumns().setAll(List.of(time, type, action, actor, details));
        setRowFactory(unused -> new TableRow<>() {
            @Override
            protected void updateItem(FeedItem item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(GAP, item instanceof FeedItem.Gap);
            }
        });
    }

    private static TableColumn<FeedItem, FeedItem> column(String title, double width, Function<FeedItem, String> text) {
        TableColumn<FeedItem, FeedItem> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(unused -> new TableCell<>() {
            @Override
            protected void updateItem(FeedItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        column.setPrefWidth(width);
        column.setSortable(false); // the feed's order is the order things happened
        return column;
    }

    /**
     * The actor's name and short id, a link to it while it still exists; for a gap, when it was. The link and the
     * plain label are both always in the cell, one of them shown: swapping the cell's graphic or a pseudo-class as
     * the flow hands the cell another row left the scene's CSS dirty after every scroll, and JavaFX then paints the
     * whole window once more in the next frame.
     */
    private static final class ActorCell extends TableCell<FeedItem, FeedItem> {
        private final Hyperlink link = new Hyperlink();
        private final Label plain = new Label();
        /** One of each, their text changed per row: a new Tooltip per row shown made a burst of events crawl. */
        private final Tooltip linkTip = new Tooltip();
        private final Tooltip idTip = new Tooltip();
        private final Tooltip gapTip = new Tooltip();
        private final EventsViewModel model;
        private final ZoneId zone;
        private DaemonEvent shown;

        ActorCell(EventsViewModel model, ZoneId zone) {
            this.model = model;
            this.zone = zone;
            link.getStyleClass().add("actor-link");
            link.setTooltip(linkTip);
            link.setOnAction(event -> {
                if (shown != null) {
                    model.showActor(shown);
                }
            });
            plain.getStyleClass().add("actor-text");
            plain.setMinWidth(0);
            link.setMinWidth(0);
            HBox both = new HBox(link, plain);
            both.setAlignment(Pos.CENTER_LEFT);
            setGraphic(both);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            show(null);
        }

        @Override
        protected void updateItem(FeedItem item, boolean empty) {
            super.updateItem(item, empty);
            shown = item instanceof FeedItem.Event row ? row.event() : null;
            if (shown == null) {
                plain.setText(item instanceof FeedItem.Gap gap ? EventText.gapSpan(gap, zone) : null);
                show(plain);
                if (item instanceof FeedItem.Gap gap) {
                    gapTip.setText(EventText.gap(gap, zone));
                    setTooltip(gapTip);
                } else {
                    setTooltip(null);
                }
                return;
            }
            String label = EventText.actor(shown);
            if (model.canShowActor(shown)) {
                link.setText(label);
                linkTip.setText("Show " + shown.type() + " " + shown.actorName());
                show(link);
            } else {
                plain.setText(label);
                show(plain);
            }
            idTip.setText(shown.actorId());
            setTooltip(idTip);
        }

        /** Shows one of the two (or neither) by visibility, which no style sheet reads. */
        private void show(Node which) {
            for (Node node : List.of(link, plain)) {
                node.setVisible(node == which);
                node.setManaged(node == which);
            }
        }
    }
}
