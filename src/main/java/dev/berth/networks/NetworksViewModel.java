package dev.berth.networks;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.cli.NetworkCommandLines;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.networks.NetworkOperations;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.LiveRows;
import dev.berth.ui.Notice;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

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
    private final ObservableList<NetworkRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.infoProperty()});
    private final FilteredList<NetworkRow> visibleRows = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyObjectWrapper<NetworkRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final NetworkRemoval removal;
    private final LiveRows<List<NetworkInfo>, NetworkInfo, NetworkRow> live;

    public NetworksViewModel(EngineGateway gateway, Executor ui, ScheduledExecutorService timer, CommandEcho echo) {
        this.networks = gateway.networks();
        this.ui = ui;
        this.echo = echo;
        this.removal = new NetworkRemoval(networks, ui);
        this.live = new LiveRows<>(LiveRows.Source.of(networks::inspectAll, NetworkInfo::id, NetworkRow::new,
                NetworkRow::update), rows, selected, this::report, ui, timer, REFRESH_DEBOUNCE);
        filterText.addListener((obs, old, text) -> visibleRows.setPredicate(row -> row.matches(text)));
        live.follow(gateway, NetworksViewModel::changesNetworks);
    }

    private static boolean changesNetworks(DaemonEvent event) {
        return event.isAbout("network") || event.changesContainerList() && "destroy".equals(event.action());
    }

    /** Re-reads every network from the engine; answers that arrive out of order are dropped. */
    public void reload() {
        live.reload();
    }

    /** Selects the network with this id, short id or name as soon as it is listed (the Navigator's way in). */
    public void selectWhenListed(String idOrName) {
        live.selectWhenListed(row -> row.isNamed(idOrName), () -> filterText.set(""));
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
        return act(removeCommand(row.name()), removal.remove(row.info()));
    }

    /** Disconnects every container from the network, then removes it; reconnects them all if a step fails. */
    public CompletableFuture<Void> disconnectAllAndRemove(NetworkRow row) {
        return act(NetworkRemoval.commands(row.info()), removal.disconnectAllAndRemove(row.info()));
    }

    public CompletableFuture<Void> disconnect(String network, String container) {
        return act(disconnectCommand(network, container), networks.disconnect(network, container, false));
    }

    /** Disconnects for another section (a container's details), which shows the outcome itself. */
    public CompletableFuture<Void> disconnectForCaller(String network, String container) {
        echo.echo(disconnectCommand(network, container));
        return networks.disconnect(network, container, false);
    }

    public static String disconnectCommand(String network, String container) {
        return NetworkCommandLines.disconnect(network, container, false);
    }

    public static String removeCommand(String network) {
        return NetworkCommandLines.remove(List.of(network));
    }

    private CompletableFuture<Void> act(String command, CompletableFuture<Void> call) {
        echo.echo(command);
        notice.set(null);
        return call.whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                notice.set(Notice.error(failure));
            }
            live.refreshSoon();
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
        return live.selectionRequestProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return live.loadedProperty();
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
        live.close();
    }
}
