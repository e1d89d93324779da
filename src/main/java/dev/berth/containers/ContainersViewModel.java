package dev.berth.containers;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.cli.ContainerCommandLines;
import dev.berth.daemon.containers.ContainerDetails;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.containers.PortMapping;
import dev.berth.daemon.containers.RunSpec;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.LiveRows;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.concurrent.Scheduler;
import dev.berth.ui.dialogs.Confirmation;
import dev.berth.ui.dialogs.Dialogs;
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
import java.util.function.Function;

/**
 * The Containers tab: every container, kept true by the engine's events, filtered by text and state, and the
 * lifecycle actions on the selected one. All properties change on the {@code ui} executor only.
 */
public final class ContainersViewModel implements AutoCloseable {
    static final Duration REFRESH_DEBOUNCE = Duration.ofMillis(40);
    /** The removal question's options, named as their check boxes are. */
    static final String FORCE = "remove-force";
    static final String VOLUMES = "remove-volumes";

    private final ContainerOperations containers;
    private final Executor ui;
    private final CommandEcho echo;
    private final Dialogs dialogs;

    private final ObservableList<ContainerRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.summaryProperty(), row.pendingActionProperty()});
    private final FilteredList<ContainerRow> visibleRows = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final BooleanProperty hideStopped = new SimpleBooleanProperty(this, "hideStopped", false);
    private final ObservableList<ContainerRow> selectedRows = FXCollections.observableArrayList(
            row -> new Observable[] {row.summaryProperty(), row.pendingActionProperty()});
    private final ReadOnlyObjectWrapper<ContainerRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final NoticeHolder notice = new NoticeHolder();
    private final LiveRows<List<ContainerSummary>, ContainerSummary, ContainerRow> live;

    public ContainersViewModel(EngineGateway gateway, Executor ui, Scheduler scheduler, CommandEcho echo,
                               Dialogs dialogs) {
        this.containers = gateway.containers();
        this.ui = ui;
        this.echo = echo;
        this.dialogs = dialogs;
        this.live = new LiveRows<>(LiveRows.Source.of(containers::list, ContainerSummary::id, ContainerRow::new,
                ContainerRow::update), rows, selected, notice::report, ui, scheduler, REFRESH_DEBOUNCE);
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

    /**
     * Asks before removing every selected container, naming each, then removes the ones named. Force starts ticked
     * when one of them runs (the engine refuses a running container without it); their anonymous volumes go only
     * when the user ticks it.
     */
    public CompletableFuture<Void> askRemoveSelected() {
        List<ContainerRow> targets = selectedRows.stream().filter(row -> !row.isBusy()).toList();
        if (targets.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<String> names = names(targets);
        boolean anyRunning = targets.stream().anyMatch(row -> row.state().isActive());
        Confirmation question = Confirmation.destructive(targets.size() == 1 ? "Remove this container?"
                        : "Remove these " + targets.size() + " containers?", names, "Remove",
                List.of(new Confirmation.Option(FORCE, "Stop running containers first (force)", anyRunning),
                        new Confirmation.Option(VOLUMES, "Also remove their anonymous volumes", false)),
                answer -> removeCommand(names, answer.ticked(FORCE), answer.ticked(VOLUMES)));
        return dialogs.confirm(question)
                .map(answer -> remove(targets, answer.ticked(FORCE), answer.ticked(VOLUMES)))
                .orElse(CompletableFuture.completedFuture(null));
    }

    /** Removes the named containers, less any that another action took up while the question was open. */
    private CompletableFuture<Void> remove(List<ContainerRow> named, boolean force, boolean removeVolumes) {
        List<ContainerRow> targets = named.stream().filter(row -> !row.isBusy()).toList();
        return act(targets, "Removing…", removeCommand(names(targets), force, removeVolumes),
                id -> containers.remove(id, force, removeVolumes));
    }

    public static String removeCommand(List<String> names, boolean force, boolean removeVolumes) {
        return ContainerCommandLines.remove(names, force, removeVolumes);
    }

    /** Renames the focused container; {@code newName} must pass {@link #nameProblem}. */
    public CompletableFuture<Void> renameSelected(String newName) {
        ContainerRow target = selected.get();
        if (target == null || target.isBusy() || nameProblem(newName).isPresent()) {
            return CompletableFuture.completedFuture(null);
        }
        return act(List.of(target), "Renaming…", ContainerCommandLines.rename(target.name(), newName),
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

    public NoticeHolder notice() {
        return notice;
    }

    /** The settings a container was created with, read back from the engine, to edit them in the Run dialog. */
    public CompletableFuture<RunSpec> runSpecOf(String id) {
        return containers.inspect(id).thenApply(ContainerDetails::runSpec);
    }

    @Override
    public void close() {
        live.close();
    }
}
