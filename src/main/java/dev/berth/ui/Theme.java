package dev.berth.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Light or dark AtlantaFX styling, plus Berth's own stylesheet on top. */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    /** The build's binary form of berth.css, which loads without parsing; the CSS itself where it was not built. */
    public static final String BERTH_CSS = Objects.requireNonNullElse(Theme.class.getResource("/dev/berth/berth.bss"),
            Theme.class.getResource("/dev/berth/berth.css")).toExternalForm();

    /** Applies this choice to the whole application and answers whether the result is dark. */
    public boolean apply(Map<String, String> env) {
        boolean dark = this == DARK || (this == SYSTEM && desktopPrefersDark(env));
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        return dark;
    }

    public Theme toggled(boolean currentlyDark) {
        return currentlyDark ? LIGHT : DARK;
    }

    /** JavaFX 21 cannot ask the desktop; GTK_THEME (e.g. "Adwaita:dark") is the hint Linux desktops give. */
    static boolean desktopPrefersDark(Map<String, String> env) {
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        return gtk.contains("dark");
    }

    public static Theme parse(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return SYSTEM;
        }
    }
}
