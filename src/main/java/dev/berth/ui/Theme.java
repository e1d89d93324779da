package dev.berth.ui;

import javafx.application.Application;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Light or dark AtlantaFX styling, plus Berth's own stylesheet on top. */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    /** The build's binary form of berth.css, which loads without parsing; the CSS itself where it was not built. */
    public static final String BERTH_CSS = binaryOrCss("/dev/berth/berth");

    /**
     * AtlantaFX's Primer themes without the rules for controls Berth never shows (made by ThemeTrim in the test
     * sources): a quarter fewer rules to read and index at every start.
     */
    private static final String LIGHT_CSS = binaryOrCss("/dev/berth/theme/primer-light");
    private static final String DARK_CSS = binaryOrCss("/dev/berth/theme/primer-dark");

    /** Applies this choice to the whole application and answers whether the result is dark. */
    public boolean apply(Map<String, String> env) {
        boolean dark = this == DARK || (this == SYSTEM && desktopPrefersDark(env));
        Application.setUserAgentStylesheet(dark ? DARK_CSS : LIGHT_CSS);
        return dark;
    }

    private static String binaryOrCss(String path) {
        return Objects.requireNonNullElse(Theme.class.getResource(path + ".bss"),
                Theme.class.getResource(path + ".css")).toExternalForm();
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
