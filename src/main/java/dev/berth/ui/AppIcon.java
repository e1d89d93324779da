package dev.berth.ui;

import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Berth's icon (icons/berth.svg, rendered by icons/generate.sh). Every Stage Berth opens itself wears it; dialogs
 * with an owner need nothing, as JavaFX gives them their owner's icons.
 */
public final class AppIcon {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static List<Image> images;

    private AppIcon() {
    }

    /** Gives {@code stage} the icon in every size, so each desktop picks the one it draws; call on the FX thread. */
    public static void applyTo(Stage stage) {
        stage.getIcons().setAll(images());
    }

    /** The icon drawn {@code size} pixels square, crisp where a rendered size matches (16, 32, 48, 64, 128, 256). */
    public static ImageView view(int size) {
        ImageView view = new ImageView(image(size));
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(true);
        return view;
    }

    private static Image image(int size) {
        return images().stream().filter(image -> image.getWidth() >= size).findFirst()
                .orElseGet(() -> images().get(images().size() - 1));
    }

    // Loaded once and shared: every window asks for the same few small images.
    private static List<Image> images() {
        if (images == null) {
            images = IntStream.of(SIZES)
                    .mapToObj(size -> new Image(AppIcon.class.getResource("/dev/berth/icons/berth-" + size + ".png")
                            .toExternalForm()))
                    .toList();
        }
        return images;
    }
}
