package dev.berth.containers;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ContainerSummary;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The containers grouped by compose project, as Docker Desktop shows them: a row for each project (its state, how
 * many of its containers run) above its containers, which fold away under it; containers of no project stay rows
 * of their own. It follows the shown rows only while grouping is on, in place (rows are added and removed, never
 * all replaced, so the table keeps its selection), rebuilt once per burst of changes.
 */
final class ContainerGroups {
    static final String PROJECT_LABEL = "com.docker.compose.project";

    private final ObservableList<ContainerRow> visible;
    private final Executor ui;
    private final ObservableList<ContainerRow> shown = FXCollections.observableArrayList(
            row -> new Observable[] {row.summaryProperty(), row.pendingActionProperty()});
    private final Map<String, ContainerRow> headers = new HashMap<>();
    private final Map<String, List<ContainerRow>> members = new HashMap<>();
    private final Set<String> folded = new HashSet<>();
    private final ListChangeListener<ContainerRow> changed = change -> rebuildSoon();
    private boolean rebuildPending;
    private boolean following;

    ContainerGroups(ObservableList<ContainerRow> visible, Executor ui) {
        this.visible = visible;
        this.ui = ui;
    }

    /** Starts or stops following the shown rows; grouping off costs the table nothing. */
    void follow(boolean on) {
        if (on == following) {
            return;
        }
        following = on;
        if (on) {
            visible.addListener(changed);
            rebuild();
        } else {
            visible.removeListener(changed);
            shown.clear();
            headers.clear();
            members.clear();
        }
    }

    private void rebuildSoon() {
        if (!rebuildPending) {
            rebuildPending = true;
            ui.execute(() -> {
                rebuildPending = false;
                if (following) {
                    rebuild();
                }
            });
        }
    }

    private void rebuild() {
        Map<String, List<ContainerRow>> byProject = new LinkedHashMap<>();
        Set<ContainerRow> wanted = new LinkedHashSet<>();
        for (ContainerRow row : visible) {
            String project = projectOf(row);
            if (project == null) {
                wanted.add(row);
            } else {
                byProject.computeIfAbsent(project, key -> new ArrayList<>()).add(row);
            }
        }
        headers.keySet().retainAll(byProject.keySet());
        byProject.forEach((project, rows) -> {
            ContainerRow header = headers.get(project);
            if (header == null) {
                headers.put(project, ContainerRow.groupHeader(summaryOf(project, rows)));
            } else {
                header.update(summaryOf(project, rows));
            }
            wanted.add(headers.get(project));
            if (!folded.contains(project)) {
                wanted.addAll(rows);
            }
        });
        members.clear();
        members.putAll(byProject);
        shown.removeIf(row -> !wanted.contains(row));
        Set<ContainerRow> present = new HashSet<>(shown);
        shown.addAll(wanted.stream().filter(row -> !present.contains(row)).toList());
    }

    /** The project's row: running while any of its containers runs, with how many do in its status. */
    private static ContainerSummary summaryOf(String project, List<ContainerRow> rows) {
        long running = rows.stream().filter(row -> row.state() == ContainerState.RUNNING).count();
        boolean allCreated = rows.stream().allMatch(row -> row.state() == ContainerState.CREATED);
        ContainerState state = running > 0 ? ContainerState.RUNNING
                : allCreated ? ContainerState.CREATED : ContainerState.EXITED;
        String status = (running > 0 ? "Running" : allCreated ? "Created" : "Exited") + " (" + running + "/"
                + rows.size() + ")";
        Instant oldest = rows.stream().map(row -> row.summaryProperty().get().created()).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return new ContainerSummary("", project, "", "", "", state, status, List.of(), oldest, Map.of());
    }

    /** The compose project a container belongs to, or null. */
    static String projectOf(ContainerRow row) {
        return row.isGroupHeader() ? null : row.summaryProperty().get().labels().get(PROJECT_LABEL);
    }

    /** The rows the table shows while grouping: project rows, their unfolded containers, and the other containers. */
    ObservableList<ContainerRow> shown() {
        return shown;
    }

    /** The containers under a project's row (folded or not). */
    List<ContainerRow> membersOf(ContainerRow header) {
        return header.isGroupHeader() ? List.copyOf(members.getOrDefault(header.name(), List.of())) : List.of();
    }

    boolean isFolded(ContainerRow header) {
        return folded.contains(header.name());
    }

    /** Folds a project's containers under its row, or unfolds them. */
    void toggle(ContainerRow header) {
        if (header.isGroupHeader() && !folded.remove(header.name())) {
            folded.add(header.name());
        }
        if (following) {
            rebuild();
        }
    }

    /**
     * The table's order with the groups kept together: groups and lone containers are ordered by the columns (a
     * group by its project row), and within a group the project row comes first, then its containers.
     */
    Comparator<ContainerRow> keepingGroupsTogether(Comparator<ContainerRow> columns) {
        Comparator<ContainerRow> base = columns == null ? (a, b) -> 0 : columns;
        return (a, b) -> {
            ContainerRow groupOfA = representative(a);
            ContainerRow groupOfB = representative(b);
            if (groupOfA != groupOfB) {
                int order = base.compare(groupOfA, groupOfB);
                if (order != 0) {
                    return order;
                }
                order = Boolean.compare(groupOfA.isGroupHeader(), groupOfB.isGroupHeader());
                return order != 0 ? order : (groupOfA.name() + groupOfA.id()).compareTo(groupOfB.name() + groupOfB.id());
            }
            if (a == b) {
                return 0;
            }
            if (a.isGroupHeader() || b.isGroupHeader()) {
                return a.isGroupHeader() ? -1 : 1;
            }
            return base.compare(a, b);
        };
    }

    private ContainerRow representative(ContainerRow row) {
        String project = projectOf(row);
        return project == null ? row : headers.getOrDefault(project, row);
    }
}
