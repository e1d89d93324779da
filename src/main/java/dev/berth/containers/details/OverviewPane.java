package dev.berth.containers.details;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.containers.ContainerDetails;
import dev.berth.ui.AgeText;
import dev.berth.ui.DetailsLayout;
import dev.berth.ui.concurrent.AgeClock;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Overview page: what `docker inspect` says about the container, in the words of `docker run`'s options.
 * Built once; each shown container changes its texts (and the rows of its lists), so a selection is a text update
 * and one layout of the details. The relative times follow the app's one age clock.
 */
final class OverviewPane extends ScrollPane {
    private final ObservableValue<Instant> now;
    private final VBox sections = new VBox(18);
    private final GridPane facts = DetailsLayout.grid();
    private final Label image = mono("");
    private final Label command = mono("");
    private final Label created = new Label();
    private final Label started = new Label();
    private final Label finished = new Label();
    private final Label exitCode = new Label();
    private final Label state = new Label();
    private final Label restarts = new Label();
    private final Map<Label, Instant> times = new HashMap<>();
    private final List<Node> exitRows;
    private final List<Node> stateRow;
    private final List<Node> restartsRow;
    private final OverviewSections lists;

    OverviewPane(ContainerDetailsViewModel model, AgeClock ages, Consumer<String> openUrl,
                 ContainerNetworkActions networkActions) {
        this.now = ages.nowProperty();
        this.lists = new OverviewSections(openUrl, networkActions);
        setId("details-overview");
        getStyleClass().addAll("details-overview", "edge-to-edge");
        setFitToWidth(true);
        addRow(facts, 0, "Image", image);
        addRow(facts, 1, "Command", command);
        addRow(facts, 2, "Created", followsClock(created));
        addRow(facts, 3, "Started", followsClock(started));
        addRow(facts, 4, "Finished", followsClock(finished));
        exitCode.setId("details-exit-code");
        addRow(facts, 5, "Exit code", exitCode);
        addRow(facts, 6, "State", state);
        addRow(facts, 7, "Restarts", restarts);
        exitRows = rowsOf(4, 5);
        stateRow = rowsOf(6, 6);
        restartsRow = rowsOf(7, 7);
        sections.getStyleClass().add("details-sections");
        sections.getChildren().addAll(facts,
                section("Ports", lists.ports()),
                section("Mounts", lists.mounts()),
                section("Networks", lists.networks()),
                section("Environment", lists.environment()),
                section("Labels", lists.labels()));
        setContent(sections);
        model.detailsProperty().subscribe(this::show);
        ages.tickWhileShown(this);
    }

    private void show(ContainerDetails details) {
        sections.setVisible(details != null);
        if (details == null) {
            return;
        }
        image.setText(details.image());
        command.setText(details.command().isEmpty() ? "(the image's default)"
                : OverviewText.command(details.command()));
        showTime(created, details.created());
        showTime(started, details.startedAt());
        boolean exited = OverviewText.showsExitCode(details);
        exitRows.forEach(node -> ListedRows.shownIf(node, exited));
        int next = exited ? 6 : 4; // no gap where the exit rows were
        stateRow.forEach(node -> GridPane.setRowIndex(node, next));
        restartsRow.forEach(node -> GridPane.setRowIndex(node, next + 1));
        showTime(finished, exited ? details.finishedAt() : null); // hidden, it then stays "Never" as the clock ticks
        if (exited) {
            exitCode.setText(String.valueOf(details.exitCode()));
            exitCode.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            exitCode.getStyleClass().add(details.exitCode() == 0 ? Styles.SUCCESS : Styles.DANGER);
        }
        String health = details.health().isEmpty() ? "" : " · " + details.health();
        state.setText(details.state().label() + health);
        restarts.setText(String.valueOf(details.restartCount()));
        lists.show(details);
        setVvalue(0);
    }

    /** The nodes of the facts' rows {@code first} to {@code last}. */
    private List<Node> rowsOf(int first, int last) {
        return facts.getChildren().stream()
                .filter(node -> GridPane.getRowIndex(node) >= first && GridPane.getRowIndex(node) <= last)
                .toList();
    }

    private Label followsClock(Label label) {
        AgeText.follow(label, now, at -> OverviewText.when(times.get(label), at, ZoneId.systemDefault()));
        return label;
    }

    private void showTime(Label label, Instant time) {
        times.put(label, time);
        label.setText(OverviewText.when(time, now.getValue(), ZoneId.systemDefault()));
    }

    static void addRow(GridPane grid, int row, String key, Node value) {
        DetailsLayout.addRow(grid, row, key, value);
    }

    static Label mono(String text) {
        return DetailsLayout.mono(text);
    }

    private static VBox section(String title, Node content) {
        return DetailsLayout.section(title, content);
    }
}
