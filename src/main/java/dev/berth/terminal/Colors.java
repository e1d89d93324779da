package dev.berth.terminal;

/**
 * A cell's colour packed in one int: {@link #DEFAULT} (the theme's foreground or background), one of the 256
 * palette entries (0–15 the ANSI colours the theme defines, 16–255 xterm's cube and greys), or a 24-bit RGB value.
 */
public final class Colors {
    /** The theme's default foreground or background. */
    public static final int DEFAULT = 0;
    private static final int PALETTE = 0x0100_0000;
    private static final int RGB = 0x0200_0000;
    private static final int KIND = 0xFF00_0000;

    private Colors() {
    }

    public static int palette(int index) {
        return PALETTE | (index & 0xFF);
    }

    public static int rgb(int r, int g, int b) {
        return RGB | (r & 0xFF) << 16 | (g & 0xFF) << 8 | (b & 0xFF);
    }

    public static boolean isDefault(int color) {
        return color == DEFAULT;
    }

    public static boolean isPalette(int color) {
        return (color & KIND) == PALETTE;
    }

    public static boolean isRgb(int color) {
        return (color & KIND) == RGB;
    }

    /** The palette index (0–255) of a palette colour. */
    public static int index(int color) {
        return color & 0xFF;
    }

    /** The 0xRRGGBB value of an RGB colour. */
    public static int rgbValue(int color) {
        return color & 0xFF_FFFF;
    }

    /** A short readable form: {@code d}, {@code p12}, {@code #ff8000}; used by tests and the replay tool. */
    public static String describe(int color) {
        if (isPalette(color)) {
            return "p" + index(color);
        }
        if (isRgb(color)) {
            return String.format("#%06x", rgbValue(color));
        }
        return "d";
    }
}
