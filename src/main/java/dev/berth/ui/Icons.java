package dev.berth.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Ikonli icons at Berth's sizes. */
public final class Icons {
    private Icons() {
    }

    /**
     * Loads the icon font on a thread of its own, so that the window, built meanwhile on the FX thread, finds it
     * loaded when it makes its first icon. Call once the toolkit runs.
     */
    public static void loadInBackground(Ikon any) {
        Thread thread = new Thread(() -> new FontIcon(any), "berth-icon-font");
        thread.setDaemon(true);
        thread.start();
    }

    public static FontIcon of(Ikon ikon) {
        return new FontIcon(ikon);
    }

    public static FontIcon large(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("large-icon"); // sized in berth.css: the theme's stylesheet wins over setIconSize
        return icon;
    }
}
