package dev.berth.networks;

import dev.berth.daemon.ConnectionState;
import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.NetworkCommands;
import dev.berth.daemon.NetworkInfo;
import dev.berth.daemon.NetworkOperations;
import dev.berth.daemon.Subscription;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.Debouncer;
import dev.berth.ui.Notice;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Networks tab: every network with its IPAM and connected containers, kept true by the engine's network events
 * (and container removals, which take containers off networks without a network event); removal and disconnection.
 * All properties change on the {@code ui} executor only.
 */
public final class NetworksViewModel implements AutoCloseable {
    static final Duration REFRESH_DEBOUNCE = Duration.ofMillis(60);

    private final NetworkOperations networks;
    private final Executor ui;
    private final CommandEcho echo;
    private final Debouncer refresh;
    private final AtomicLong listRequests = new AtomicLong();
    private long appliedRequest;
    private final ObservableList<NetworkRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.infoProperty()});
    private final FilteredList<NetworkRow> visibleRows = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyObjectWrapper<NetworkRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<NetworkRow> selectionRequest = new ReadOnlyObjectWrapper<>(this,
            "selectionRequest");
    private String wantedSelection;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final NetworkRemoval removal;
    private final Subscription events;
    private final Subscription connection;

    public NetworksViewModel(EngineGateway gateway, Executor ui, ScheduledExecutorService timer, CommandEcho echo) {
        this.networks = gateway.networks();
        this.ui = ui;
        this.echo = echo;
        this.removal = new NetworkRemoval(networks, ui);
        this.refresh = new Debouncer(timer, REFRESH_DEBOUNCE, this::reload);
        filterText.addListener((obs, old, text) -> visibleRows.setPredicate(row -> row.matches(text)));
        this.events = gateway.subscribeEvents(this::onEngineEvent);
        this.connection = gateway.onConnectionChange(this::onConnectionChange);
    }

    private void onEngineEvent(DaemonEvent event) {
        if (event.isAbout("network") || event.isAbout("container") && "destroy".equals(event.action())) {
            refresh.trigger();
        }
    }

    private void onConnectionChange(ConnectionState state) {
        if (state.isUp()) {
            refresh.trigger();
        }
    }

    /** Re-reads every network from the engine; answers that arrive out of order are dropped. */
    public void reload() {
        long request = listRequests.incrementAndGet();
        networks.inspectAll().whenCompleteAsync((list, failure) -> {
            if (failure != null) {
                notice.set(Notice.error(failure));
            } else if (request > appliedRequest) {
                appliedRequest = request;
                apply(list);
            }
        }, ui);
    }

    private void apply(List<NetworkInfo> latest) {
        Map<String, NetworkInfo> present = new HashMap<>();
        latest.forEach(network -> present.put(network.id(), network));
        if (selected.get() != null && !present.containsKey(selected.get().id())) {
            selected.set(null);
        }
        rows.removeIf(row -> !present.containsKey(row.id()));
        Map<String, NetworkRow> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        for (NetworkInfo network : latest) {
            NetworkRow existing = byId.get(network.id());
            if (existing != null) {
                existing.update(network);
            } else {
                rows.add(new NetworkRow(network));
            }
        }
        loaded.set(true);
        applyWantedSelection();
    }

    /** Selects the network with this id, short id or name as soon as it is listed (the Navigator's way in). */
    public void selectWhenListed(String idOrName) {
        wantedSelection = idOrName;
        applyWantedSelection();
    }

    private void applyWantedSelection() {
        rows.stream().filter(row -> row.isNamed(wantedSelection)).findFirst().ifPresent(row -> {
            wantedSelection = null;
            filterText.set("");
            selectionRequest.set(null);
            selectionRequest.set(row);
        });
    }

    /** The networks the engine has now, for the create dialog's name and overlap checks. */
    public List<NetworkInfo> networks() {
        return rows.stream().map(NetworkRow::info).toList();
    }

    public void setSelected(NetworkRow row) {
        selected.set(row);
    }

    /** Removes a network nothing is connected to; the view asks first, and offers {@link #disconnectAllAndRemove}. */
    public CompletableFuture<Void> remove(NetworkRow row) {
        return act(NetworkCommands.remove(List.of(row.name())), removal.remove(row.info()));
    }

    /** Disconnects every container from the network, then removes it; reconnects them all if a step fails. */
    public CompletableFuture<Void> disconnectAllAndRemove(NetworkRow row) {
        return act(NetworkRemoval.commands(row.info()), removal.disconnectAllAndRemove(row.info()));
    }

    public CompletableFuture<Void> disconnect(String network, String container) {
        return act(NetworkCommands.disconnect(network, container, false),
                networks.disconnect(network, container, false));
    }

    private CompletableFuture<Void> act(String command, CompletableFuture<Void> call) {
        echo.echo(command);
        notice.set(null);
        return call.whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                notice.set(Notice.error(failure));
            }
            refresh.trigger();
        }, ui);
    }

    public FilteredList<NetworkRow> visibleRows() {
        return visibleRows;
    }

    public ObservableList<NetworkRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyObjectProperty<NetworkRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The row the view should select next; set by {@link #selectWhenListed}. */
    public ReadOnlyObjectProperty<NetworkRow> selectionRequestProperty() {
        return selectionRequest.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Shows a failure that happened on this tab's behalf (e.g. in a dialog that has closed). */
    public void report(Throwable failure) {
        notice.set(Notice.error(failure));
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
