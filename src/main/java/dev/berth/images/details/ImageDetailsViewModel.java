package dev.berth.images.details;

import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.images.ImageDetails;
import dev.berth.daemon.images.ImageLayer;
import dev.berth.daemon.images.ImageOperations;
import dev.berth.ui.InspectSearch;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.concurrent.LatestAnswer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The details of the selected image: its inspect data and JSON, its history (layers), and the containers made from
 * it. Loads once per selection; answers for an image that is no longer selected are dropped.
 */
public final class ImageDetailsViewModel {
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown");
    private final ImageOperations images;
    private final ReadOnlyObjectWrapper<ImageDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ObservableList<ImageLayer> history = FXCollections.observableArrayList();
    private final ObservableList<ContainerSummary> usedBy = FXCollections.observableArrayList();
    private final NoticeHolder notice = new NoticeHolder();
    private final InspectSearch inspect = new InspectSearch();
    private final LatestAnswer<ImageDetails> detailsAnswer;
    private final LatestAnswer<List<ImageLayer>> historyAnswer;

    public ImageDetailsViewModel(ImageOperations images, Executor ui) {
        this.images = images;
        this.detailsAnswer = new LatestAnswer<>(ui, answer -> {
            notice.succeeded();
            details.set(answer);
            inspect.setText(answer.inspectJson());
        }, failure -> notice.report(failure, this::load));
        this.historyAnswer = new LatestAnswer<>(ui, history::setAll, failure -> { });
    }

    /**
     * @param imageId the selected image, or null for none
     * @param tags    the image's tags as the list says now: when they changed (a tag added or removed), the details
     *                are read again
     */
    public void show(String imageId, List<String> tags, List<ContainerSummary> users) {
        usedBy.setAll(users);
        ImageDetails current = details.get();
        boolean unchanged = current == null || current.repoTags().equals(tags);
        if (imageId != null && imageId.equals(shown.get()) && unchanged) {
            return;
        }
        if (!Objects.equals(imageId, shown.get())) {
            detailsAnswer.supersede();
            historyAnswer.supersede();
        }
        shown.set(imageId);
        details.set(null);
        history.clear();
        notice.set(null);
        inspect.setText("");
        load();
    }

    private void load() {
        String imageId = shown.get();
        if (imageId != null) {
            detailsAnswer.submit(images.details(imageId));
            historyAnswer.submit(images.history(imageId));
        }
    }

    /** The id of the image the details are about, or null when no image is selected. */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImageDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ObservableList<ImageLayer> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    public ObservableList<ContainerSummary> usedBy() {
        return FXCollections.unmodifiableObservableList(usedBy);
    }

    public InspectSearch inspect() {
        return inspect;
    }

    public NoticeHolder notice() {
        return notice;
    }
}
