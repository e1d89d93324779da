package dev.berth.events;

import dev.berth.daemon.DaemonEvent;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A feed row as one {@link Text} per column at the header's places (the actor a {@link Hyperlink} while it still
 * exists), instead of a styled cell per column. As a burst of events scrolls the feed, every row in view shows
 * another event each batch; with cells, each such row had its five cells' styles applied again and laid out.
 * These texts are not managed: a new text does not ask the row for a layout, so the flow neither styles nor lays
 * out the row again; only a column's width (or order) does. A text too wide for its column ends in an ellipsis.
 */
final class FeedRowSkin extends SkinBase<TableRow<FeedItem>> {
    private static final String ELLIPSIS = "…";
    private final Map<TableColumn<FeedItem, ?>, FeedColumn> columns;
    private final EventsViewModel model;
    private final ZoneId zone;
    private final EnumMap<FeedColumn, Text> texts = new EnumMap<>(FeedColumn.class);
    private final EnumMap<FeedColumn, String> wholes = new EnumMap<>(FeedColumn.class);
    /** Where each column starts and how wide it is, from the last layout; a width of 0 for a hidden column. */
    private final double[] starts = new double[FeedColumn.values().length];
    private final double[] widths = new double[FeedColumn.values().length];
    private final Hyperlink link = new Hyperlink();
    /** One of each, their text changed per row: a new Tooltip per row shown made a burst of events crawl. */
    private final Tooltip linkTip = new Tooltip();
    private final Tooltip actorTip = new Tooltip();
    private final Tooltip detailsTip = new Tooltip();
    private DaemonEvent linked;

    FeedRowSkin(TableRow<FeedItem> row, Map<TableColumn<FeedItem, ?>, FeedColumn> columns, EventsViewModel model,
                ZoneId zone) {
        super(row);
        this.columns = columns;
        this.model = model;
        this.zone = zone;
        for (FeedColumn column : FeedColumn.values()) {
            Text text = new Text();
            text.getStyleClass().addAll("feed-text", column.name().toLowerCase(Locale.ROOT));
            text.setTextOrigin(VPos.CENTER);
            text.setManaged(false);
            texts.put(column, text);
            wholes.put(column, "");
            getChildren().add(text);
        }
        Tooltip.install(texts.get(FeedColumn.ACTOR), actorTip);
        Tooltip.install(texts.get(FeedColumn.DETAILS), detailsTip);
        link.getStyleClass().add("actor-link");
        link.setManaged(false);
        link.setVisible(false);
        link.setTooltip(linkTip);
        link.setOnAction(event -> {
            if (linked != null) {
                model.showActor(linked);
            }
        });
        getChildren().add(link);
        for (TableColumn<FeedItem, ?> column : columns.keySet()) {
            registerChangeListener(column.widthProperty(), width -> row.requestLayout());
        }
        TableView<FeedItem> table = row.getTableView();
        if (table != null) {
            registerListChangeListener(table.getVisibleLeafColumns(), (ListChangeListener.Change<?> change)
                    -> row.requestLayout());
        }
        show(row.isEmpty() ? null : row.getItem());
    }

    /** Shows another row (or none), fitted to the columns as they were at the last layout. */
    void show(FeedItem item) {
        DaemonEvent event = item instanceof FeedItem.Event row ? row.event() : null;
        linked = event != null && model.canShowActor(event) ? event : null;
        if (link.isVisited()) {
            link.setVisited(false); // followed for the row shown before, which is not this one
        }
        for (FeedColumn column : FeedColumn.values()) {
            wholes.put(column, item == null ? "" : column.text(item, zone));
        }
        if (linked != null) {
            linkTip.setText("Show " + linked.type() + " " + linked.actorName());
        }
        actorTip.setText(event != null ? event.actorId()
                : item instanceof FeedItem.Gap gap ? EventText.gap(gap, zone) : "");
        detailsTip.setText(wholes.get(FeedColumn.DETAILS));
        fitAll();
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        Arrays.fill(widths, 0);
        double at = x;
        TableView<FeedItem> table = getSkinnable().getTableView();
        for (TableColumn<FeedItem, ?> column : table == null ? List.<TableColumn<FeedItem, ?>>of()
                : table.getVisibleLeafColumns()) {
            FeedColumn which = columns.get(column);
            if (which != null) {
                starts[which.ordinal()] = at;
                widths[which.ordinal()] = column.getWidth();
            }
            at += column.getWidth();
        }
        double middle = y + height / 2;
        for (Text text : texts.values()) {
            text.setLayoutY(middle);
        }
        fitAll();
    }

    private double padding() {
        return Math.round(texts.get(FeedColumn.TYPE).getFont().getSize() / 2); // as a table cell's 0.5em
    }

    private void fitAll() {
        double padding = padding();
        for (FeedColumn column : FeedColumn.values()) {
            int at = column.ordinal();
            double room = widths[at] - 2 * padding;
            Text text = texts.get(column);
            text.setLayoutX(starts[at] + padding);
            boolean asLink = column == FeedColumn.ACTOR && linked != null;
            text.setVisible(room > 0 && !asLink);
            if (asLink) {
                link.setText(wholes.get(column));
                link.setVisible(room > 0);
                double height = getSkinnable().getHeight();
                link.resizeRelocate(starts[at] + padding, 0, Math.max(0, Math.min(link.prefWidth(-1), room)),
                        height);
            } else if (room > 0) {
                fit(text, wholes.get(column), room);
            }
        }
        if (linked == null) {
            link.setVisible(false);
        }
    }

    /** The whole text, or as much of it as fits before an ellipsis. */
    private static void fit(Text text, String whole, double room) {
        text.setText(whole);
        if (whole.isEmpty() || text.getLayoutBounds().getWidth() <= room) {
            return;
        }
        int fits = 0;
        int over = whole.length();
        while (over - fits > 1) {
            int middle = (fits + over) >>> 1;
            text.setText(whole.substring(0, middle) + ELLIPSIS);
            if (text.getLayoutBounds().getWidth() <= room) {
                fits = middle;
            } else {
                over = middle;
            }
        }
        text.setText(whole.substring(0, fits) + ELLIPSIS);
    }
}
