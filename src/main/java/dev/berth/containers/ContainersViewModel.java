package dev.berth.containers;

import dev.berth.daemon.CliCommands;
import dev.berth.daemon.ConnectionState;
import dev.berth.daemon.ContainerOperations;
import dev.berth.daemon.ContainerSummary;
import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.Subscription;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.Debouncer;
import dev.berth.ui.Notice;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The Containers tab: every container, kept true by the engine's events, filtered by text and state, and the
 * lifecycle actions on the selected one. All properties change on the {@code ui} executor only.
 */
public final class ContainersViewModel implements AutoCloseable {
    static final Duration REFRESH_DEBOUNCE = Duration.ofMillis(40);
    /** Container events that change nothing `docker ps` shows. */
    private static final Set<String> SILENT_ACTIONS = Set.of("attach", "detach", "resize", "top", "archive-path",
            "extract-to-dir", "export", "commit", "copy");

    private final ContainerOperations containers;
    private final Executor ui;
    private final CommandEcho echo;
    private final Debouncer refresh;
    private final AtomicLong listRequests = new AtomicLong();
    private long appliedRequest;

    private final ObservableList<ContainerRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.summaryProperty(), row.pendingActionProperty()});
    private final FilteredList<ContainerRow> visibleRows = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final BooleanProperty hideStopped = new SimpleBooleanProperty(this, "hideStopped", false);
    private final ObjectProperty<ContainerRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final Subscription events;
    private final Subscription connection;

    public ContainersViewModel(EngineGateway gateway, Executor ui, ScheduledExecutorService timer, CommandEcho echo) {
        this.containers = gateway.containers();
        this.ui = ui;
        this.echo = echo;
        this.refresh = new Debouncer(timer, REFRESH_DEBOUNCE, this::reload);
        filterText.addListener((obs, old, text) -> updateFilter());
        hideStopped.addListener((obs, old, hide) -> updateFilter());
        this.events = gateway.subscribeEvents(this::onEngineEvent);
        this.connection = gateway.onConnectionChange(this::onConnectionChange);
    }

    private void onEngineEvent(DaemonEvent event) {
        if (event.isAbout("container") && !SILENT_ACTIONS.contains(event.action())
                && !event.action().startsWith("exec_")) {
            refresh.trigger();
        }
    }

    private void onConnectionChange(ConnectionState state) {
        if (state.isUp()) {
            refresh.trigger();
        }
    }

    /** Re-reads the list from the engine; answers that arrive out of order are dropped. */
    public void reload() {
        long request = listRequests.incrementAndGet();
        containers.list().whenCompleteAsync((list, failure) -> {
            if (failure != null) {
                notice.set(Notice.error(failure));
            } else if (request > appliedRequest) {
                appliedRequest = request;
                apply(list);
            }
        }, ui);
    }

    private void apply(List<ContainerSummary> latest) {
        Map<String, ContainerRow> byId = new HashMap<>();
        for (ContainerRow row : rows) {
            byId.put(row.id(), row);
        }
        Map<String, ContainerSummary> present = new HashMap<>();
        for (ContainerSummary container : latest) {
            present.put(container.id(), container);
        }
        rows.removeIf(row -> !present.containsKey(row.id()));
        for (ContainerSummary container : latest) {
            ContainerRow existing = byId.get(container.id());
            if (existing != null) {
                existing.update(container);
            } else {
                rows.add(new ContainerRow(container));
            }
        }
        if (selected.get() != null && !present.containsKey(selected.get().id())) {
            selected.set(null);
        }
        loaded.set(true);
    }

    private void updateFilter() {
        String text = filterText.get();
        boolean onlyActive = hideStopped.get();
        visibleRows.setPredicate(row -> row.matches(text) && (!onlyActive || row.state().isActive()));
    }

    public CompletableFuture<Void> startSelected() {
        return act("Starting…", CliCommands::start, containers::start);
    }

    public CompletableFuture<Void> stopSelected() {
        return act("Stopping…", CliCommands::stop, containers::stop);
    }

    public CompletableFuture<Void> restartSelected() {
        return act("Restarting…", CliCommands::restart, containers::restart);
    }

    /** Removes the selected container; ask first (see {@link #removeCommand}). */
    public CompletableFuture<Void> removeSelected(boolean force, boolean removeVolumes) {
        return act("Removing…", name -> removeCommand(name, force, removeVolumes),
                id -> containers.remove(id, force, removeVolumes));
    }

    public static String removeCommand(String name, boolean force, boolean removeVolumes) {
        return CliCommands.remove(List.of(name), force, removeVolumes);
    }

    private CompletableFuture<Void> act(String progress, Function<String, String> command,
                                        Function<String, CompletableFuture<Void>> call) {
        ContainerRow target = selected.get();
        if (target == null || target.isBusy()) {
            return CompletableFuture.completedFuture(null);
        }
        echo.echo(command.apply(target.name()));
        target.setPendingAction(progress);
        notice.set(null);
        return call.apply(target.id()).whenCompleteAsync((done, failure) -> {
            target.setPendingAction("");
            if (failure != null) {
                notice.set(Notice.error(failure));
            }
        }, ui);
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

    public ObjectProperty<ContainerRow> selectedProperty() {
        return selected;
    }

    /** False until the first list arrived, so the view can tell "loading" from "no containers". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set(null);
    }

    @Override
    public void close() {
        events.close();
        connection.close();
    }
}
