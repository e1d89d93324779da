package dev.berth.images;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.cli.ImageCommandLines;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.images.ImageInUseException;
import dev.berth.daemon.images.ImageOperations;
import dev.berth.daemon.images.ImageReference;
import dev.berth.daemon.images.ImageSummary;
import dev.berth.images.transfer.TransferDialogViewModel;
import dev.berth.ui.LiveRows;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.ResourceRows;
import dev.berth.ui.RetryableFailure;
import dev.berth.ui.TabContext;
import dev.berth.ui.TaskNotices;
import dev.berth.ui.dialogs.Confirmation;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The Images tab: every local image (one row per tag, as {@code docker images}), how many containers use each, kept
 * true by image and container events; search and filter; tag and remove. All properties change on {@code ui} only.
 */
public final class ImagesViewModel implements AutoCloseable {
    static final Duration REFRESH_DEBOUNCE = Duration.ofMillis(60);
    /** Container events that change which images containers use. */
    private static final Set<String> CONTAINER_CHANGES = Set.of("create", "destroy");
    /** The removal question's option, named as its check box is. */
    static final String FORCE = "image-remove-force";
    /** Image events that change nothing `docker images` shows. */
    private static final Set<String> SILENT_IMAGE_ACTIONS = Set.of("push", "save");

    private final ImageOperations images;
    private final ContainerOperations containers;
    private final TabContext context;
    private final TaskNotices notices;

    private final ResourceRows<ImageRow> rows = new ResourceRows<>(
            row -> new Observable[] {row.summaryProperty(), row.usedByProperty()}, ImageRow::matches);
    private final ObjectProperty<ImageFilter> filter = new SimpleObjectProperty<>(this, "filter", ImageFilter.ALL);
    private final NoticeHolder notice = new NoticeHolder();
    private final ReadOnlyObjectWrapper<Refusal> refusal = new ReadOnlyObjectWrapper<>(this, "refusal");
    private List<ContainerSummary> containerList = List.of();
    private final ArchiveTasks archives;
    private final LiveRows<Listing, Tagged, ImageRow> live;

    /**
     * A removal the engine refused because of a container: which row, the engine's reason, and the sentence with
     * the container's name next to the id the engine gave.
     */
    public record Refusal(ImageRow row, ImageInUseException reason, String sentence) {
    }

    /** @param notices told how each pull ended, so a long one can be announced while the user looks elsewhere */
    public ImagesViewModel(EngineGateway gateway, TabContext context, TaskNotices notices) {
        this.images = gateway.images();
        this.containers = gateway.containers();
        this.context = context;
        this.notices = notices;
        this.live = new LiveRows<>(new LiveRows.Source<>(
                RetryableFailure.offering(() -> images.list().thenCombine(containers.list(), Listing::new),
                        this::reload), this::entries,
                tagged -> ImageRow.key(tagged.image().id(), tagged.reference()), ImagesViewModel::newRow,
                (row, tagged) -> row.update(tagged.image(), tagged.usedBy())),
                rows, notice, context.ui(), context.scheduler(), REFRESH_DEBOUNCE);
        this.archives = new ArchiveTasks(images, context, this);
        filter.addListener((obs, old, now) -> rows.narrow(now::admits));
        live.startAfter(context.startGate());
        live.follow(gateway, ImagesViewModel::changesList);
    }

    private static boolean changesList(DaemonEvent event) {
        return event.isAbout("image") && !SILENT_IMAGE_ACTIONS.contains(event.action())
                || event.changesContainerList() && CONTAINER_CHANGES.contains(event.action());
    }

    /** Re-reads images and containers together; answers that arrive out of order are dropped. */
    public void reload() {
        live.reload();
    }

    private record Listing(List<ImageSummary> images, List<ContainerSummary> containers) {
    }

    /** One row's worth: an image under one of its tags (or none), and how many containers use the image. */
    private record Tagged(ImageSummary image, String reference, int usedBy) {
    }

    /** Unpacks the listing that is about to be shown (one entry per tag) and keeps its containers. */
    private List<Tagged> entries(Listing listing) {
        containerList = listing.containers();
        Map<String, Integer> users = new HashMap<>();
        for (ContainerSummary container : listing.containers()) {
            users.merge(container.imageId(), 1, Integer::sum);
        }
        List<Tagged> entries = new ArrayList<>();
        for (ImageSummary image : listing.images()) {
            List<String> references = image.repoTags().isEmpty() ? Collections.singletonList(null)
                    : image.repoTags();
            for (String reference : references) {
                entries.add(new Tagged(image, reference, users.getOrDefault(image.id(), 0)));
            }
        }
        return entries;
    }

    private static ImageRow newRow(Tagged tagged) {
        ImageRow row = new ImageRow(tagged.image(), tagged.reference());
        row.update(tagged.image(), tagged.usedBy());
        return row;
    }

    /** Selects the image (id, short id or repo:tag) as soon as it is listed: one just pulled, tagged or loaded. */
    public void revealWhenListed(String idOrReference) {
        if (filter.get() != ImageFilter.ALL || !rows.filterTextProperty().get().isBlank()) {
            rows.filterTextProperty().set("");
            filter.set(ImageFilter.ALL);
        }
        live.selectWhenListed(row -> row.isNamed(idOrReference), () -> { });
    }

    /** The containers (running or not) made from this image, for the details and the removal question. */
    public List<ContainerSummary> containersUsing(ImageRow row) {
        return containerList.stream().filter(container -> container.imageId().equals(row.id())).toList();
    }

    public static Optional<String> tagProblem(String target) {
        return ImageReference.tagProblem(target);
    }

    public static String tagCommand(ImageRow row, String target) {
        return ImageCommandLines.tag(row.target(), target);
    }

    /** Tags the selected image as {@code target} (which must pass {@link #tagProblem}) and selects the new tag. */
    public CompletableFuture<Void> tagSelected(String target) {
        ImageRow row = rows.selectedProperty().get();
        if (row == null || tagProblem(target).isPresent()) {
            return CompletableFuture.completedFuture(null);
        }
        return tag(row, target);
    }

    private CompletableFuture<Void> tag(ImageRow row, String target) {
        context.echo().echo(tagCommand(row, target));
        notice.begin();
        return images.tag(row.id(), target).whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                notice.report(failure, () -> tag(row, target));
            } else {
                notice.succeeded();
                revealWhenListed(ImageReference.parse(target).withDefaultTag());
            }
        }, context.ui());
    }

    public static String removeCommand(ImageRow row, boolean force) {
        return ImageCommandLines.remove(List.of(row.target()), force);
    }

    /**
     * Asks before removing the row's tag (or the dangling image), naming it and how many containers were made from
     * it; force only when the user ticks it.
     */
    public CompletableFuture<Void> askRemove(ImageRow row) {
        int users = row.usedBy();
        String target = row.target() + (users == 0 ? "" : "  (used by " + users + (users == 1 ? " container)"
                : " containers)"));
        Confirmation question = Confirmation.destructive("Remove this image?", List.of(target), "Remove",
                List.of(new Confirmation.Option(FORCE, "Force (-f): remove even if containers were made from it",
                        false)), answer -> removeCommand(row, answer.ticked(FORCE)))
                .explaining(row.isDangling() ? "Deletes this untagged image."
                        : "Removes this tag; the image itself goes when no other tag or container holds it.");
        return context.dialogs().confirm(question).map(answer -> remove(row, answer.ticked(FORCE)))
                .orElse(CompletableFuture.completedFuture(null));
    }

    /** Removes the row's tag (or the dangling image); a refusal because of a container becomes a {@link Refusal}. */
    public CompletableFuture<Void> remove(ImageRow row, boolean force) {
        context.echo().echo(removeCommand(row, force));
        notice.begin();
        refusal.set(null);
        return images.remove(row.target(), force).whenCompleteAsync((done, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof ImageInUseException inUse) {
                refusal.set(new Refusal(row, inUse, namingTheContainer(inUse)));
            } else if (failure != null) {
                notice.report(failure, () -> remove(row, force));
            } else {
                notice.succeeded();
            }
        }, context.ui());
    }

    /** The Pull dialog's model; {@code initial} pre-fills the reference ("pull again" on a row). */
    public TransferDialogViewModel pullDialog(String initial) {
        return new TransferDialogViewModel(images, context.ui(), context.echo(), TransferDialogViewModel.Kind.PULL,
                initial, this::revealWhenListed, notices, Instant::now);
    }

    /** The Push dialog's model for a tagged row. */
    public TransferDialogViewModel pushDialog(ImageRow row) {
        return new TransferDialogViewModel(images, context.ui(), context.echo(), TransferDialogViewModel.Kind.PUSH,
                row.reference(), reference -> { }, notices, Instant::now);
    }

    /** Save to / load from a .tar, with progress. */
    public ArchiveTasks archives() {
        return archives;
    }

    private String namingTheContainer(ImageInUseException inUse) {
        String id = inUse.containerId();
        return containerList.stream().filter(container -> container.id().startsWith(id)).findFirst()
                .map(container -> inUse.getMessage().replace("container " + id, "container " + container.name()
                        + " (" + id + ")"))
                .orElse(inUse.getMessage());
    }

    public void dismissRefusal() {
        refusal.set(null);
    }

    /** One row per tag, the ones shown, the search, the row the details follow and the one to select next. */
    public ResourceRows<ImageRow> rows() {
        return rows;
    }

    public ObjectProperty<ImageFilter> filterProperty() {
        return filter;
    }

    public NoticeHolder notice() {
        return notice;
    }

    public ReadOnlyObjectProperty<Refusal> refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    @Override
    public void close() {
        live.close();
    }
}
