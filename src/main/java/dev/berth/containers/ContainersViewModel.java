package dev.berth.containers;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.cli.CliWords;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.containers.PortMapping;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.LiveRows;
import dev.berth.ui.Notice;
import dev.berth.ui.form.EngineNames;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * The Containers tab: every container, kept true by the engine's events, filtered by text and state, and the
 * lifecycle actions on the selected one. All properties change on the {@code ui} executor only.
 */
public final class ContainersViewModel implements AutoCloseable {
    static final Duration REFRESH_DEBOUNCE = Duration.ofMillis(40);

    private final ContainerOperations containers;
    private final Executor ui;
    private final CommandEcho echo;

    private final ObservableList<ContainerRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.summaryProperty(), row.pendingActionProperty()});
    private final FilteredList<ContainerRow> visibleRows = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final BooleanProperty hideStopped = new SimpleBooleanProperty(this, "hideStopped", false);
    private final ObservableList<ContainerRow> selectedRows = FXCollections.observableArrayList(
            row -> new Observable[] {row.summaryProperty(), row.pendingActionProperty()});
    private final ReadOnlyObjectWrapper<ContainerRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final LiveRows<List<ContainerSummary>, ContainerSummary, ContainerRow> live;

    public ContainersViewModel(EngineGateway gateway, Executor ui, ScheduledExecutorService timer, CommandEcho echo) {
        this.containers = gateway.containers();
        this.ui = ui;
        this.echo = echo;
        this.live = new LiveRows<>(LiveRows.Source.of(containers::list, ContainerSummary::id, ContainerRow::new,
                ContainerRow::update), rows, selected, this::report, ui, timer, REFRESH_DEBOUNCE);
        rows.addListener((ListChangeListener<ContainerRow>) change -> {
            while (change.next()) {
                if (change.wasRemoved()) {
                    selectedRows.removeAll(change.getRemoved()); // a vanished container is no target
                }
            }
        });
        filterText.addListener((obs, old, text) -> updateFilter());
        hideStopped.addListener((obs, old, hide) -> updateFilter());
        // a container's "die" comes a moment before the engine's list stops saying running
        live.catchUpAfter(event -> event.action().equals("die"), row -> !row.state().isActive());
        live.follow(gateway, DaemonEvent::changesContainerList);
    }

    /** Re-reads the list from the engine; answers that arrive out of order are dropped. */
    public void reload() {
        live.reload();
    }

    private void updateFilter() {
        String text = filterText.get();
        boolean onlyActive = hideStopped.get();
        visibleRows.setPredicate(row -> row.matches(text) && (!onlyActive || row.state().isActive()));
    }

    /**
     * Host port → the container publishing it, for the Run dialog's check; leaves out {@code exceptId} (the
     * container being edited, whose ports are freed by the recreate).
     */
    public Map<Integer, String> hostPortsInUse(String exceptId) {
        Map<Integer, String> inUse = new HashMap<>();
        for (ContainerRow row : rows) {
            if (!row.id().equals(exceptId) && row.state().isActive()) {
                row.summaryProperty().get().ports().stream().filter(PortMapping::isPublished)
                        .forEach(port -> inUse.putIfAbsent(port.hostPort(), row.name()));
            }
        }
        return inUse;
    }

    /** Asks the view to select this container (id, short id or name) as soon as it is listed, e.g. the one just run. */
    public void selectWhenListed(String id) {
        live.selectWhenListed(row -> id != null && (row.id().startsWith(id) || row.name().equals(id)), () -> { });
    }

    /** The row the view should select next; set by {@link #selectWhenListed}. */
    public ReadOnlyObjectProperty<ContainerRow> selectionRequestProperty() {
        return live.selectionRequestProperty();
    }

    /** The view reports the table's selection here: every selected row, and the one the details follow. */
    public void setSelection(List<ContainerRow> rows, ContainerRow focused) {
        selectedRows.setAll(rows);
        selected.set(focused);
    }

    /** The selected rows the action applies to (a bulk "stop" skips the ones already stopped). */
    public List<ContainerRow> targetsOf(LifecycleAction action) {
        return selectedRows.stream().filter(row -> !row.isBusy() && action.appliesTo(row.state())).toList();
    }

    /** True while at least one selected row can take the action; follows state changes of the rows. */
    public BooleanBinding canPerform(LifecycleAction action) {
        return Bindings.createBooleanBinding(() -> !targetsOf(action).isEmpty(), selectedRows);
    }

    public CompletableFuture<Void> perform(LifecycleAction action) {
        List<ContainerRow> targets = targetsOf(action);
        return act(targets, action.progress(), action.commandLine(names(targets)),
                id -> action.perform(containers, id));
    }

    /** Removes every selected container; ask first, naming each (see {@link #removeCommand}). */
    public CompletableFuture<Void> removeSelected(boolean force, boolean removeVolumes) {
        List<ContainerRow> targets = selectedRows.stream().filter(row -> !row.isBusy()).toList();
        return act(targets, "Removing…", removeCommand(names(targets), force, removeVolumes),
                id -> containers.remove(id, force, removeVolumes));
    }

    public static String removeCommand(List<String> names, boolean force, boolean removeVolumes) {
        return CliWords.remove(names, force, removeVolumes);
    }

    /** Renames the focused container; {@code newName} must pass {@link #nameProblem}. */
    public CompletableFuture<Void> renameSelected(String newName) {
        ContainerRow target = selected.get();
        if (target == null || target.isBusy() || nameProblem(newName).isPresent()) {
            return CompletableFuture.completedFuture(null);
        }
        return act(List.of(target), "Renaming…", CliWords.line("docker", "rename", target.name(), newName),
                id -> containers.rename(id, newName));
    }

    /** Why a container name would be refused by the engine, if it would. */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Enter a name.");
        }
        if (!EngineNames.isValid(name)) {
            return Optional.of("Use two or more letters, digits, '_', '.' or '-', starting with a letter or digit.");
        }
        return Optional.empty();
    }

    private static List<String> names(List<ContainerRow> rows) {
        return rows.stream().map(ContainerRow::name).toList();
    }

    private CompletableFuture<Void> act(List<ContainerRow> targets, String progress, String command,
                                        Function<String, CompletableFuture<Void>> call) {
        if (targets.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        echo.echo(command);
        notice.set(null);
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (ContainerRow target : targets) {
            target.setPendingAction(progress);
            calls.add(call.apply(target.id()).whenCompleteAsync((done, failure) -> {
                target.setPendingAction("");
                if (failure != null) {
                    notice.set(Notice.error(failure));
                }
            }, ui));
        }
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
    }

    public FilteredList<ContainerRow> visibleRows() {
        return visibleRows;
    }

    public ObservableList<ContainerRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public BooleanProperty hideStoppedProperty() {
        return hideStopped;
    }

    /** The row the details follow: the table's focused selection. */
    public ReadOnlyObjectProperty<ContainerRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<ContainerRow> selectedRows() {
        return FXCollections.unmodifiableObservableList(selectedRows);
    }

    /** False until the first list arrived, so the view can tell "loading" from "no containers". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return live.loadedProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Shows a failure that happened on this tab's behalf (e.g. loading a container to edit it). */
    public void report(Throwable failure) {
        notice.set(Notice.error(failure));
    }

    public void dismissNotice() {
        notice.set(null);
    }

    @Override
    public void close() {
        live.close();
    }
}
