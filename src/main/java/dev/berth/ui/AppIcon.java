package dev.berth.ui;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Berth's icon (icons/berth.svg, rendered by icons/generate.sh). Every Stage Berth opens itself wears it; dialogs
 * with an owner need nothing, as JavaFX gives them their owner's icons.
 */
public final class AppIcon {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    // Loaded once and shared: every window asks for the same few small images.
    private static final Map<Integer, Image> RENDERED = new ConcurrentHashMap<>();

    private AppIcon() {
    }

    /** Gives {@code stage} the icon in every size, so each desktop picks the one it draws; call on the FX thread. */
    public static void applyTo(Stage stage) {
        stage.getIcons().setAll(all());
    }

    /**
     * {@link #applyTo} for the main window, whose first showing should not wait for six images to be read: they are
     * read on another thread and given to the window when they are ready.
     */
    public static void applyWhenRead(Stage stage) {
        CompletableFuture.supplyAsync(AppIcon::all).thenAcceptAsync(stage.getIcons()::setAll, Platform::runLater);
    }

    /** The icon drawn {@code size} pixels square, crisp where a rendered size matches (16, 32, 48, 64, 128, 256). */
    public static ImageView view(int size) {
        int rendered = IntStream.of(SIZES).filter(each -> each >= size).findFirst().orElse(SIZES[SIZES.length - 1]);
        ImageView view = new ImageView(rendered(rendered));
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(true);
        return view;
    }

    private static List<Image> all() {
        return IntStream.of(SIZES).mapToObj(AppIcon::rendered).toList();
    }

    private static Image rendered(int size) {
        return RENDERED.computeIfAbsent(size, each -> new Image(AppIcon.class.getResource(
                "/dev/berth/icons/berth-" + each + ".png").toExternalForm()));
    }
}
