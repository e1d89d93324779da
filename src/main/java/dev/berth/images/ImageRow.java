package dev.berth.images;

import dev.berth.daemon.images.ImageSummary;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.Locale;

/**
 * One row of the Images table, as {@code docker images} lists them: one per repository:tag, and one per dangling
 * image. Its identity (image id + tag) never changes; what the engine says about it and how many containers use it
 * are properties that the list updates in place, so a refresh never rebuilds rows.
 */
public final class ImageRow {
    static final String NONE = "<none>";

    private final String id;
    private final String reference;
    private final String repository;
    private final String tag;
    private final ReadOnlyObjectWrapper<ImageSummary> summary;
    private final ReadOnlyIntegerWrapper usedBy = new ReadOnlyIntegerWrapper(this, "usedBy");

    /** @param reference "repo:tag", or null for a dangling image */
    ImageRow(ImageSummary image, String reference) {
        this.id = image.id();
        this.reference = reference;
        this.summary = new ReadOnlyObjectWrapper<>(this, "summary", image);
        if (reference == null) {
            repository = NONE;
            tag = NONE;
        } else {
            int colon = reference.lastIndexOf(':');
            boolean tagged = colon > reference.lastIndexOf('/');
            repository = tagged ? reference.substring(0, colon) : reference;
            tag = tagged ? reference.substring(colon + 1) : NONE;
        }
    }

    static String key(String id, String reference) {
        return id + " " + (reference == null ? "" : reference);
    }

    String key() {
        return key(id, reference);
    }

    void update(ImageSummary latest, int containers) {
        summary.set(latest);
        usedBy.set(containers);
    }

    public String id() {
        return id;
    }

    /** "d51567b65336": the id without "sha256:", 12 digits, as the CLI shows it. */
    public String shortId() {
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }

    public String repository() {
        return repository;
    }

    public String tag() {
        return tag;
    }

    public boolean isDangling() {
        return reference == null;
    }

    /** What the engine calls take: "repo:tag", or the id for a dangling image. */
    public String target() {
        return reference != null ? reference : shortId();
    }

    /** The repository:tag, or null for a dangling image. */
    public String reference() {
        return reference;
    }

    public ReadOnlyObjectProperty<ImageSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How many containers, running or not, were made from this image. */
    public ReadOnlyIntegerProperty usedByProperty() {
        return usedBy.getReadOnlyProperty();
    }

    public int usedBy() {
        return usedBy.get();
    }

    boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return List.of(repository, tag, shortId()).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(wanted))
                || (reference != null && reference.toLowerCase(Locale.ROOT).contains(wanted));
    }

    /** Whether this row is the image the user means by an id (full or short, with or without "sha256:") or name. */
    boolean isNamed(String idOrReference) {
        if (idOrReference.equals(reference) || (idOrReference + ":latest").equals(reference)) {
            return true;
        }
        String hex = idOrReference.startsWith("sha256:") ? idOrReference.substring(7) : idOrReference;
        return hex.length() >= 12 && id.substring(id.indexOf(':') + 1).startsWith(hex);
    }
}
