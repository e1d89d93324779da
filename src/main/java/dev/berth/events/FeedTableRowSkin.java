package dev.berth.events;

import dev.berth.daemon.DaemonEvent;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A feed row as one {@link Text} per column at the header's places, instead of a styled cell per column; the actor
 * is a second text styled as a link while there is still something to show. As a burst of events scrolls the feed,
 * every row in view shows another event each batch; with cells, each such row would have its five cells' styles
 * applied again and be laid out, and a Hyperlink measures its text three times. These texts are not managed: a new
 * text does not ask the row for a layout, so the flow neither styles nor lays out the row again; only a column's
 * width (or order) does. A text too wide for its column ends in an ellipsis.
 */
final class FeedTableRowSkin extends SkinBase<TableRow<FeedEntry>> {
    private static final String ELLIPSIS = "…";
    private final Map<TableColumn<FeedEntry, ?>, FeedColumn> columns;
    private final EventsViewModel model;
    private final EnumMap<FeedColumn, Text> texts = new EnumMap<>(FeedColumn.class);
    /** Where each column starts and how wide it is, from the last layout; a width of 0 for a hidden column. */
    private final double[] starts = new double[FeedColumn.values().length];
    private final double[] widths = new double[FeedColumn.values().length];
    private final Text link = new Text() {
        @Override
        public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
            if (action == AccessibleAction.FIRE) {
                follow();
            } else {
                super.executeAccessibleAction(action, parameters);
            }
        }
    };
    /** One of each, their text changed per row: a new Tooltip per row shown made a burst of events crawl. */
    private final Tooltip linkTip = new Tooltip();
    private final Tooltip actorTip = new Tooltip();
    private final Tooltip detailsTip = new Tooltip();
    private FeedEntry shown;
    private DaemonEvent linked;

    FeedTableRowSkin(TableRow<FeedEntry> row, Map<TableColumn<FeedEntry, ?>, FeedColumn> columns, EventsViewModel model) {
        super(row);
        this.columns = columns;
        this.model = model;
        for (FeedColumn column : FeedColumn.values()) {
            texts.put(column, text(column));
        }
        Tooltip.install(texts.get(FeedColumn.ACTOR), actorTip);
        Tooltip.install(texts.get(FeedColumn.DETAILS), detailsTip);
        link.getStyleClass().addAll("feed-text", "actor", "actor-link");
        link.setTextOrigin(VPos.CENTER);
        link.setManaged(false);
        link.setVisible(false);
        link.setPickOnBounds(true); // the whole text, not only its glyphs' shapes
        link.setAccessibleRole(AccessibleRole.HYPERLINK);
        Tooltip.install(link, linkTip);
        link.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                follow();
            }
        });
        getChildren().addAll(texts.values());
        getChildren().add(link);
        for (TableColumn<FeedEntry, ?> column : columns.keySet()) {
            registerChangeListener(column.widthProperty(), width -> row.requestLayout());
        }
        TableView<FeedEntry> table = row.getTableView();
        if (table != null) {
            registerListChangeListener(table.getVisibleLeafColumns(), (ListChangeListener.Change<?> change)
                    -> row.requestLayout());
        }
        show(row.isEmpty() ? null : row.getItem());
    }

    private static Text text(FeedColumn column) {
        Text text = new Text();
        text.getStyleClass().addAll("feed-text", column.name().toLowerCase(Locale.ROOT));
        text.setTextOrigin(VPos.CENTER);
        text.setManaged(false);
        return text;
    }

    private void follow() {
        if (linked != null) {
            model.showActor(linked);
        }
    }

    /** Shows another row (or none), fitted to the columns as they were at the last layout. */
    void show(FeedEntry item) {
        shown = item;
        DaemonEvent event = item instanceof FeedEntry.Event row ? row.event() : null;
        linked = event != null && model.canShowActor(event) ? event : null;
        if (linked != null) {
            linkTip.setText("Show " + linked.type() + " " + linked.actorName());
        }
        actorTip.setText(event != null ? event.actorId()
                : item instanceof FeedEntry.Gap gap ? EventText.gap(gap, ZoneId.systemDefault()) : "");
        detailsTip.setText(item == null ? "" : FeedColumn.DETAILS.text(item));
        fitAll();
    }

    void recheckActor() {
        if (shown instanceof FeedEntry.Event row && model.canShowActor(row.event()) != (linked != null)) {
            show(shown);
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        Arrays.fill(widths, 0);
        double at = x;
        TableView<FeedEntry> table = getSkinnable().getTableView();
        for (TableColumn<FeedEntry, ?> column : table == null ? List.<TableColumn<FeedEntry, ?>>of()
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
        link.setLayoutY(middle);
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
            Text text = column == FeedColumn.ACTOR && linked != null ? link : texts.get(column);
            text.setVisible(room > 0);
            text.setLayoutX(starts[at] + padding);
            if (room > 0) {
                fit(text, shown == null ? "" : column.text(shown), room);
            }
        }
        (linked != null ? texts.get(FeedColumn.ACTOR) : link).setVisible(false);
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
