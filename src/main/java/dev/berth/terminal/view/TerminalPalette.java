package dev.berth.terminal.view;

import javafx.scene.paint.Color;

/**
 * The colours a terminal draws with: the 16 ANSI colours of the light or dark theme (GitHub's Primer terminal
 * colours, which AtlantaFX's Primer themes are made from), xterm's 6×6×6 cube and grey ramp for 16–255, and the
 * theme's own text and background as the defaults.
 */
public final class TerminalPalette {
    private static final String[] DARK = {
            "#484f58", "#ff7b72", "#3fb950", "#d29922", "#58a6ff", "#bc8cff", "#39c5cf", "#b1bac4",
            "#6e7681", "#ffa198", "#56d364", "#e3b341", "#79c0ff", "#d2a8ff", "#56d4dd", "#ffffff"};
    private static final String[] LIGHT = {
            "#24292f", "#cf222e", "#116329", "#4d2d00", "#0969da", "#8250df", "#1b7c83", "#6e7781",
            "#57606a", "#a40e26", "#1a7f37", "#633c01", "#218bff", "#a475f9", "#3192aa", "#8c959f"};
    private static final int[] CUBE_LEVELS = {0, 95, 135, 175, 215, 255};

    private final Color[] indexed = new Color[256];
    private final Color foreground;
    private final Color background;
    private final Color selection;

    private TerminalPalette(boolean dark, Color foreground, Color background) {
        this.foreground = foreground;
        this.background = background;
        String[] ansi = dark ? DARK : LIGHT;
        for (int i = 0; i < 16; i++) {
            indexed[i] = Color.web(ansi[i]);
        }
        for (int i = 16; i < 232; i++) {
            int n = i - 16;
            indexed[i] = Color.rgb(CUBE_LEVELS[n / 36], CUBE_LEVELS[(n / 6) % 6], CUBE_LEVELS[n % 6]);
        }
        for (int i = 232; i < 256; i++) {
            int level = 8 + 10 * (i - 232);
            indexed[i] = Color.rgb(level, level, level);
        }
        this.selection = dark ? Color.web("#388bfd", 0.4) : Color.web("#0969da", 0.25);
    }

    /** The palette for a theme whose background is {@code background}: dark when the background is. */
    public static TerminalPalette forTheme(Color foreground, Color background) {
        return new TerminalPalette(background.getBrightness() < 0.5, foreground, background);
    }

    public static TerminalPalette dark() {
        return new TerminalPalette(true, Color.web("#c9d1d9"), Color.web("#0d1117"));
    }

    /** Colour 0–255 of xterm's palette. */
    public Color indexed(int index) {
        return indexed[index & 0xff];
    }

    public Color foreground() {
        return foreground;
    }

    public Color background() {
        return background;
    }

    public Color selection() {
        return selection;
    }
}
