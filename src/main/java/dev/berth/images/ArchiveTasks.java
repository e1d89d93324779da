package dev.berth.images;

import dev.berth.daemon.Transfer;
import dev.berth.daemon.cli.ImageCommandLines;
import dev.berth.daemon.images.ImageOperations;
import dev.berth.ui.TabContext;
import dev.berth.ui.dialogs.FileRequest;
import dev.berth.ui.concurrent.UiBatcher;
import dev.berth.ui.text.ByteSizes;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Saving an image to a .tar and loading one from a .tar: one at a time, with the bytes moved so far (batched onto
 * the UI thread) and a cancel. A save's total is the image's size, which the archive matches closely; a load's is
 * the file's size.
 */
public final class ArchiveTasks {
    private static final String TAR_KIND = "Image archives (*.tar)";
    private static final String TAR = "*.tar";

    private final ImageOperations images;
    private final TabContext context;
    private final ImagesViewModel list;
    private final UiBatcher<Long> bytes;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper bytesText = new ReadOnlyStringWrapper(this, "bytesText", "");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction", -1);
    private long expectedBytes;
    private Transfer<?> current;

    public ArchiveTasks(ImageOperations images, TabContext context, ImagesViewModel list) {
        this.images = images;
        this.context = context;
        this.list = list;
        this.bytes = new UiBatcher<>(context.ui(), batch -> showBytes(batch.get(batch.size() - 1)));
    }

    public static String saveCommand(ImageRow row, Path target) {
        return ImageCommandLines.save(List.of(row.target()), target);
    }

    /** Asks where the .tar goes (offering a file name made of the image's reference), then saves it there. */
    public void askSave(ImageRow row) {
        context.dialogs().pickSaveLocation(FileRequest.save("Save " + row.target() + " to a .tar", TAR_KIND,
                row.target().replaceAll("[^A-Za-z0-9._-]+", "_") + ".tar", TAR)).ifPresent(target -> save(row, target));
    }

    /** Asks which .tar to load, then loads it. */
    public void askLoad() {
        context.dialogs().pickFile(FileRequest.open("Load images from a .tar", TAR_KIND, TAR)).ifPresent(this::load);
    }

    public void save(ImageRow row, Path target) {
        if (running.get()) {
            return;
        }
        context.echo().echo(saveCommand(row, target));
        begin("Saving " + row.target() + " to " + target.getFileName() + "…", row.summaryProperty().get().size());
        Transfer<Void> transfer = images.save(row.target(), target, bytes::add);
        follow(transfer, done -> description.set("Saved " + row.target() + " to " + target + "."));
    }

    public void load(Path source) {
        if (running.get()) {
            return;
        }
        context.echo().echo(ImageCommandLines.load(source));
        long size;
        try {
            size = Files.size(source);
        } catch (java.io.IOException unknown) {
            size = 0;
        }
        begin("Loading " + source.getFileName() + "…", size);
        Transfer<List<String>> transfer = images.load(source, bytes::add);
        follow(transfer, loaded -> {
            description.set(loaded.isEmpty() ? "Loaded " + source.getFileName() + "."
                    : "Loaded " + String.join(", ", loaded) + ".");
            if (!loaded.isEmpty()) {
                list.revealWhenListed(loaded.get(0));
            }
        });
    }

    private void begin(String what, long expected) {
        expectedBytes = expected;
        running.set(true);
        description.set(what);
        bytesText.set("");
        fraction.set(-1);
    }

    private <T> void follow(Transfer<T> transfer, Consumer<T> onSuccess) {
        current = transfer;
        transfer.result().whenCompleteAsync((value, failure) -> {
            bytes.flush();
            running.set(false);
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof CancellationException) {
                description.set("Cancelled.");
            } else if (failure != null) {
                description.set("");
                list.notice().report(failure);
            } else {
                fraction.set(1);
                onSuccess.accept(value);
            }
        }, context.ui());
    }

    private void showBytes(long done) {
        if (!running.get()) {
            return;
        }
        bytesText.set(ByteSizes.human(done) + (expectedBytes > 0 ? " of about " + ByteSizes.human(expectedBytes)
                : ""));
        fraction.set(expectedBytes > 0 ? Math.min(1, (double) done / expectedBytes) : -1);
    }

    public void cancel() {
        if (current != null && running.get()) {
            current.close();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What runs or last ran: "Saving app:1 to app.tar…", "Loaded app:1."; empty when nothing did. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bytesTextProperty() {
        return bytesText.getReadOnlyProperty();
    }

    /** 0…1, or -1 when the total is unknown. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public void dismiss() {
        if (!running.get()) {
            description.set("");
            bytesText.set("");
        }
    }
}
