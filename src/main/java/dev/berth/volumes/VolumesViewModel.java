package dev.berth.volumes;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.cli.VolumeCommandLines;
import dev.berth.daemon.volumes.VolumeInUseException;
import dev.berth.daemon.volumes.VolumeOperations;
import dev.berth.daemon.volumes.VolumeSummary;
import dev.berth.daemon.volumes.VolumeUser;
import dev.berth.ui.LiveRows;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.ResourceRows;
import dev.berth.ui.RetryableFailure;
import dev.berth.ui.TabContext;
import dev.berth.ui.dialogs.Confirmation;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The Volumes tab: every volume with the containers that use it, kept true by the engine's volume and container
 * events (debounced, never polled); sizes only when the user asks. All properties change on {@code ui} only.
 */
public final class VolumesViewModel implements AutoCloseable {
    static final Duration REFRESH_DEBOUNCE = Duration.ofMillis(60);

    private final VolumeOperations volumes;
    private final TabContext context;
    private final VolumeTransfersViewModel transfers;
    private final VolumeBrowserViewModel browser;
    private final VolumeDetailsViewModel details;

    private final ResourceRows<VolumeRow> rows = new ResourceRows<>(VolumeRow::observables, VolumeRow::matches);
    private final ReadOnlyBooleanWrapper measuring = new ReadOnlyBooleanWrapper(this, "measuring", false);
    private final NoticeHolder notice = new NoticeHolder();
    private final ReadOnlyObjectWrapper<List<VolumeUser>> refusedBy = new ReadOnlyObjectWrapper<>(this, "refusedBy",
            List.of());
    private final LiveRows<Listing, Listed, VolumeRow> live;
    private final Subscription sizeWatch;

    public VolumesViewModel(EngineGateway gateway, TabContext context) {
        this.volumes = gateway.volumes();
        this.context = context;
        this.transfers = new VolumeTransfersViewModel(volumes, context);
        this.browser = new VolumeBrowserViewModel(volumes, context.ui());
        this.details = new VolumeDetailsViewModel(volumes, context.ui(), browser);
        this.live = new LiveRows<>(new LiveRows.Source<>(
                RetryableFailure.offering(() -> volumes.list().thenCombine(volumes.users(), Listing::new),
                        this::reload), Listing::entries,
                listed -> listed.volume().name(), listed -> new VolumeRow(listed.volume(), listed.users()),
                (row, listed) -> row.update(listed.volume(), listed.users())),
                rows, notice, context.ui(), context.scheduler(), REFRESH_DEBOUNCE);
        notice.property().subscribe(shown -> {
            if (shown == null) {
                refusedBy.set(List.of()); // the refusal's "show the containers" goes with its notice
            }
        });
        this.sizeWatch = gateway.subscribeEvents(event -> {
            if (event.isAbout("volume") && mayChangeContents(event)) {
                String name = event.actorId();
                context.ui().execute(() -> forgetSize(name));
            }
        });
        live.startAfter(context.startGate());
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
        rows.all().stream().filter(row -> row.name().equals(name)).forEach(row -> row.sizeProperty().set(null));
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
        context.echo().echo(sizesCommand());
        return volumes.sizes().handleAsync((sizes, failure) -> {
            measuring.set(false);
            if (failure != null) {
                notice.report(failure, this::computeSizes);
            } else {
                notice.succeeded();
                rows.all().forEach(row -> row.sizeProperty().set(sizes.getOrDefault(row.name(), -1L)));
            }
            return null;
        }, context.ui());
    }

    /**
     * Asks before removing the selected volume, naming it and saying that its data goes for good, or, while
     * containers use it, that the engine will refuse; then removes it. A refusal names the containers that use it.
     */
    public CompletableFuture<Void> askRemoveSelected() {
        VolumeRow target = rows.selectedProperty().get();
        if (target == null) {
            return CompletableFuture.completedFuture(null);
        }
        Confirmation question = Confirmation.destructive("Remove this volume?", List.of(target.name()), "Remove",
                VolumeCommandLines.remove(List.of(target.name()))).explaining(target.isInUse()
                ? "It is used by " + target.usedByText() + ", so the engine will refuse."
                : "Its data is deleted for good.");
        return context.dialogs().confirm(question).map(yes -> remove(target))
                .orElse(CompletableFuture.completedFuture(null));
    }

    private CompletableFuture<Void> remove(VolumeRow target) {
        context.echo().echo(VolumeCommandLines.remove(List.of(target.name())));
        notice.begin();
        return volumes.remove(target.name()).handleAsync((done, failure) -> {
            if (failure != null) {
                report(failure, () -> remove(target));
            } else {
                notice.succeeded();
            }
            return null;
        }, context.ui());
    }

    /** The {@code docker system df -v} line that {@link #computeSizes} equals. */
    public static String sizesCommand() {
        return VolumeCommandLines.sizes();
    }

    /**
     * Shows a failure of this tab, offering {@code retry} where trying again may work; an in-use refusal offers to
     * show the containers instead.
     */
    private void report(Throwable failure, Runnable retry) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        notice.set(Notice.error(cause, retry));
        refusedBy.set(cause instanceof VolumeInUseException inUse ? inUse.users() : List.of());
    }

    /** Asks the view to select this volume as soon as it is listed (e.g. the one just made, or a link). */
    public void selectWhenListed(String name) {
        live.selectWhenListed(row -> row.name().equals(name), () -> rows.filterTextProperty().set(""));
    }

    /** Every volume, the ones shown, the search, the selected row and the one to select next. */
    public ResourceRows<VolumeRow> rows() {
        return rows;
    }

    public List<String> names() {
        return rows.all().stream().map(VolumeRow::name).toList();
    }

    public ReadOnlyBooleanProperty measuringProperty() {
        return measuring.getReadOnlyProperty();
    }

    public NoticeHolder notice() {
        return notice;
    }

    /** The containers that kept the last removal from happening; empty otherwise. */
    public ReadOnlyObjectProperty<List<VolumeUser>> refusedByProperty() {
        return refusedBy.getReadOnlyProperty();
    }

    /** The back-ups, downloads and restores of this tab's volumes. */
    public VolumeTransfersViewModel transfers() {
        return transfers;
    }

    /** The selected volume's details: its files and its inspect data. */
    public VolumeDetailsViewModel details() {
        return details;
    }

    /** The files of the volume the details show. */
    public VolumeBrowserViewModel browser() {
        return browser;
    }

    /** A new, empty form for {@code docker volume create}, checked against the names listed now. */
    public VolumeCreateViewModel createForm() {
        return new VolumeCreateViewModel(volumes, context.ui(), names());
    }

    /** The UI executor, echo and dialogs this tab's view and transfers share. */
    public TabContext context() {
        return context;
    }

    @Override
    public void close() {
        sizeWatch.close();
        live.close();
    }
}
