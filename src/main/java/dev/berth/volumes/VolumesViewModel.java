package dev.berth.volumes;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.cli.VolumeCommandLines;
import dev.berth.daemon.volumes.VolumeInUseException;
import dev.berth.daemon.volumes.VolumeOperations;
import dev.berth.daemon.volumes.VolumeSummary;
import dev.berth.daemon.volumes.VolumeUser;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.LiveRows;
import dev.berth.ui.Notice;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The Volumes tab: every volume with the containers that use it, kept true by the engine's volume and container
 * events (debounced, never polled); sizes only when the user asks. All properties change on {@code ui} only.
 */
public final class VolumesViewModel implements AutoCloseable {
    static final Duration REFRESH_DEBOUNCE = Duration.ofMillis(60);

    private final VolumeOperations volumes;
    private final Executor ui;
    private final CommandEcho echo;

    private final ObservableList<VolumeRow> rows = FXCollections.observableArrayList(VolumeRow::observables);
    private final FilteredList<VolumeRow> visibleRows = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyObjectWrapper<VolumeRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper measuring = new ReadOnlyBooleanWrapper(this, "measuring", false);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<List<VolumeUser>> refusedBy = new ReadOnlyObjectWrapper<>(this, "refusedBy",
            List.of());
    private final LiveRows<Listing, Listed, VolumeRow> live;
    private final Subscription sizeWatch;

    public VolumesViewModel(EngineGateway gateway, Executor ui, ScheduledExecutorService timer, CommandEcho echo) {
        this.volumes = gateway.volumes();
        this.ui = ui;
        this.echo = echo;
        this.live = new LiveRows<>(new LiveRows.Source<>(
                () -> volumes.list().thenCombine(volumes.users(), Listing::new), Listing::entries,
                listed -> listed.volume().name(), listed -> new VolumeRow(listed.volume(), listed.users()),
                (row, listed) -> row.update(listed.volume(), listed.users())),
                rows, selected, failure -> notice.set(Notice.error(failure)), ui, timer, REFRESH_DEBOUNCE);
        filterText.addListener((obs, old, text) -> visibleRows.setPredicate(row -> row.matches(text)));
        this.sizeWatch = gateway.subscribeEvents(event -> {
            if (event.isAbout("volume") && mayChangeContents(event)) {
                String name = event.actorId();
                ui.execute(() -> forgetSize(name));
            }
        });
        live.follow(gateway, VolumesViewModel::changesListing);
    }

    private static boolean changesListing(DaemonEvent event) {
        if (event.isAbout("volume")) {
            // mounts show as container events, which refresh the users
            return !event.action().equals("mount") && !event.action().equals("unmount");
        }
        return event.changesContainerList();
    }

    /**
     * A measured size stays true until someone may write: a read-write mount (a container starting, a restore) or
     * the volume's end. Read-only mounts (Berth's own browsing) keep it.
     */
    static boolean mayChangeContents(DaemonEvent event) {
        return event.action().equals("destroy")
                || event.action().equals("mount") && !"false".equals(event.attributes().get("read/write"));
    }

    private void forgetSize(String name) {
        rows.stream().filter(row -> row.name().equals(name)).forEach(row -> row.sizeProperty().set(null));
    }

    /** Re-reads the volumes and their users; answers that arrive out of order are dropped. */
    public void reload() {
        live.reload();
    }

    private record Listing(List<VolumeSummary> volumes, Map<String, List<VolumeUser>> users) {
        List<Listed> entries() {
            return volumes.stream().map(volume -> new Listed(volume, users.getOrDefault(volume.name(), List.of())))
                    .toList();
        }
    }

    /** One volume with the containers that use it. */
    private record Listed(VolumeSummary volume, List<VolumeUser> users) {
    }

    /** Measures every volume ({@code docker system df -v}); the sizes stay until a volume changes. */
    public CompletableFuture<Void> computeSizes() {
        if (measuring.get()) {
            return CompletableFuture.completedFuture(null);
        }
        measuring.set(true);
        echo.echo(sizesCommand());
        return volumes.sizes().handleAsync((sizes, failure) -> {
            measuring.set(false);
            if (failure != null) {
                notice.set(Notice.error(failure));
            } else {
                rows.forEach(row -> row.sizeProperty().set(sizes.getOrDefault(row.name(), -1L)));
            }
            return null;
        }, ui);
    }

    /** Removes the selected volume; ask first, naming it. A refusal names the containers that use it. */
    public CompletableFuture<Void> removeSelected() {
        VolumeRow target = selected.get();
        if (target == null) {
            return CompletableFuture.completedFuture(null);
        }
        echo.echo(removeCommand(target.name()));
        dismissNotice();
        return volumes.remove(target.name()).handleAsync((done, failure) -> {
            if (failure != null) {
                report(failure);
            }
            return null;
        }, ui);
    }

    /** The {@code docker system df -v} line that {@link #computeSizes} equals. */
    public static String sizesCommand() {
        return VolumeCommandLines.sizes();
    }

    public static String removeCommand(String volume) {
        return VolumeCommandLines.remove(List.of(volume));
    }

    /** The engine's inspect data of a volume, as JSON text. */
    public CompletableFuture<String> inspectJson(String volume) {
        return volumes.inspectJson(volume);
    }

    /** Shows a failure of this tab; an in-use refusal also offers to show the containers. */
    public void report(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        notice.set(Notice.error(cause));
        refusedBy.set(cause instanceof VolumeInUseException inUse ? inUse.users() : List.of());
    }

    public void dismissNotice() {
        notice.set(null);
        refusedBy.set(List.of());
    }

    /** Asks the view to select this volume as soon as it is listed (e.g. the one just made, or a link). */
    public void selectWhenListed(String name) {
        live.selectWhenListed(row -> row.name().equals(name), () -> filterText.set(""));
    }

    public ReadOnlyObjectProperty<VolumeRow> selectionRequestProperty() {
        return live.selectionRequestProperty();
    }

    public void select(VolumeRow row) {
        selected.set(row);
    }

    public ReadOnlyObjectProperty<VolumeRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public List<String> names() {
        return rows.stream().map(VolumeRow::name).toList();
    }

    public FilteredList<VolumeRow> visibleRows() {
        return visibleRows;
    }

    public ObservableList<VolumeRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return live.loadedProperty();
    }

    public ReadOnlyBooleanProperty measuringProperty() {
        return measuring.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The containers that kept the last removal from happening; empty otherwise. */
    public ReadOnlyObjectProperty<List<VolumeUser>> refusedByProperty() {
        return refusedBy.getReadOnlyProperty();
    }

    public VolumeOperations operations() {
        return volumes;
    }

    public CommandEcho echo() {
        return echo;
    }

    @Override
    public void close() {
        sizeWatch.close();
        live.close();
    }
}
