package dev.berth.ui.text;

/**
 * How a run of terminal text looks, as ANSI SGR ("select graphic rendition") sequences set it. A colour is
 * {@link #DEFAULT}, an index 0–15 into the theme's palette (the view styles these from CSS, so they suit light and
 * dark themes), or an exact colour from {@link #rgb(int, int, int)} (256-colour indexes above 15 and true colour).
 */
public record AnsiStyle(int foreground, int background, boolean bold, boolean italic, boolean underline,
                        boolean inverse) {
    public static final int DEFAULT = -1;
    public static final AnsiStyle PLAIN = new AnsiStyle(DEFAULT, DEFAULT, false, false, false, false);
    private static final int RGB_FLAG = 0x1000000;

    public static int rgb(int red, int green, int blue) {
        return RGB_FLAG | (clamp(red) << 16) | (clamp(green) << 8) | clamp(blue);
    }

    public static boolean isPalette(int colour) {
        return colour >= 0 && colour < 16;
    }

    public static boolean isRgb(int colour) {
        return colour >= 0 && (colour & RGB_FLAG) != 0;
    }

    /** The 0xRRGGBB value of an exact colour. */
    public static int rgbValue(int colour) {
        return colour & 0xFFFFFF;
    }

    public boolean isPlain() {
        return equals(PLAIN);
    }

    /** This style changed by one SGR sequence's parameters ("1;31", "38;5;208", "" = reset). */
    public AnsiStyle withSgr(String parameters) {
        int[] codes = codes(parameters);
        int fg = foreground;
        int bg = background;
        boolean b = bold;
        boolean i = italic;
        boolean u = underline;
        boolean inv = inverse;
        for (int at = 0; at < codes.length; at++) {
            int code = codes[at];
            if (code == 0) {
                fg = DEFAULT;
                bg = DEFAULT;
                b = false;
                i = false;
                u = false;
                inv = false;
            } else if (code == 1) {
                b = true;
            } else if (code == 3) {
                i = true;
            } else if (code == 4) {
                u = true;
            } else if (code == 7) {
                inv = true;
            } else if (code == 22) {
                b = false;
            } else if (code == 23) {
                i = false;
            } else if (code == 24) {
                u = false;
            } else if (code == 27) {
                inv = false;
            } else if (code >= 30 && code <= 37) {
                fg = code - 30;
            } else if (code >= 90 && code <= 97) {
                fg = code - 90 + 8;
            } else if (code == 39) {
                fg = DEFAULT;
            } else if (code >= 40 && code <= 47) {
                bg = code - 40;
            } else if (code >= 100 && code <= 107) {
                bg = code - 100 + 8;
            } else if (code == 49) {
                bg = DEFAULT;
            } else if (code == 38 || code == 48) {
                int colour = DEFAULT;
                if (at + 2 < codes.length && codes[at + 1] == 5) {
                    colour = indexed(codes[at + 2]);
                    at += 2;
                } else if (at + 4 < codes.length && codes[at + 1] == 2) {
                    colour = rgb(codes[at + 2], codes[at + 3], codes[at + 4]);
                    at += 4;
                } else {
                    break; // malformed: the rest cannot be read reliably
                }
                if (code == 38) {
                    fg = colour;
                } else {
                    bg = colour;
                }
            }
        }
        return new AnsiStyle(fg, bg, b, i, u, inv);
    }

    /** A colour of the xterm 256-colour table: 16 palette colours, a 6×6×6 cube, then 24 greys. */
    static int indexed(int index) {
        if (index < 0 || index > 255) {
            return DEFAULT;
        }
        if (index < 16) {
            return index;
        }
        if (index < 232) {
            int cube = index - 16;
            return rgb(level(cube / 36), level(cube / 6 % 6), level(cube % 6));
        }
        int grey = 8 + 10 * (index - 232);
        return rgb(grey, grey, grey);
    }

    private static int level(int step) {
        return step == 0 ? 0 : 55 + 40 * step;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    /** "1;31" → [1, 31]; an empty parameter is 0, so "" and ";" reset. Colons (ISO 8613-6 form) count as ';'. */
    private static int[] codes(String parameters) {
        if (parameters.isEmpty()) {
            return new int[] {0};
        }
        int count = 1;
        for (int i = 0; i < parameters.length(); i++) {
            char c = parameters.charAt(i);
            if (c == ';' || c == ':') {
                count++;
            }
        }
        int[] codes = new int[count];
        int index = 0;
        int value = 0;
        for (int i = 0; i < parameters.length(); i++) {
            char c = parameters.charAt(i);
            if (c == ';' || c == ':') {
                codes[index++] = value;
                value = 0;
            } else if (c >= '0' && c <= '9') {
                value = Math.min(value * 10 + (c - '0'), 100_000);
            }
        }
        codes[index] = value;
        return codes;
    }
}
