package dev.berth.terminal;

/** Select Graphic Rendition ({@code CSI … m}) applied to a pen, with xterm.js's reading of colour parameters. */
final class Sgr {
    private Sgr() {
    }

    /** Applies the parameters to {@code pen} ({fg, bg, flags}); {@code scratch} is 6 ints of working space. */
    static void apply(Params params, int[] pen, int[] scratch) {
        int count = params.count();
        for (int i = 0; i < count; i++) {
            int p = params.get(i);
            if (p >= 30 && p <= 37) {
                pen[0] = Colors.palette(p - 30);
            } else if (p >= 40 && p <= 47) {
                pen[1] = Colors.palette(p - 40);
            } else if (p >= 90 && p <= 97) {
                pen[0] = Colors.palette(p - 90 + 8);
            } else if (p >= 100 && p <= 107) {
                pen[1] = Colors.palette(p - 100 + 8);
            } else if (p == 38 || p == 48 || p == 58) {
                i += extendedColor(params, i, pen, scratch);
            } else {
                pen[2] = attribute(p, params, i, pen[2]);
                if (p == 0) {
                    pen[0] = Colors.DEFAULT;
                    pen[1] = Colors.DEFAULT;
                } else if (p == 39) {
                    pen[0] = Colors.DEFAULT;
                } else if (p == 49) {
                    pen[1] = Colors.DEFAULT;
                }
            }
        }
    }

    private static int attribute(int p, Params params, int i, int flags) {
        return switch (p) {
            case 0 -> 0;
            case 1 -> flags | Cells.BOLD;
            case 2 -> flags | Cells.DIM;
            case 3 -> flags | Cells.ITALIC;
            case 4 -> underline(flags, params.subCount(i) > 0 ? params.sub(i, 0) : Cells.UNDERLINE_SINGLE);
            case 5 -> flags | Cells.BLINK;
            case 7 -> flags | Cells.INVERSE;
            case 8 -> flags | Cells.HIDDEN;
            case 9 -> flags | Cells.STRIKETHROUGH;
            case 21 -> underline(flags, Cells.UNDERLINE_DOUBLE);
            case 22 -> flags & ~(Cells.BOLD | Cells.DIM);
            case 23 -> flags & ~Cells.ITALIC;
            case 24 -> underline(flags, 0);
            case 25 -> flags & ~Cells.BLINK;
            case 27 -> flags & ~Cells.INVERSE;
            case 28 -> flags & ~Cells.HIDDEN;
            case 29 -> flags & ~Cells.STRIKETHROUGH;
            case 53 -> flags | Cells.OVERLINE;
            case 55 -> flags & ~Cells.OVERLINE;
            default -> flags;
        };
    }

    private static int underline(int flags, int style) {
        flags &= ~(Cells.UNDERLINE | Cells.UNDERLINE_STYLE_MASK);
        if (style == 0) {
            return flags;
        }
        int kept = style < 0 || style > Cells.UNDERLINE_DASHED ? Cells.UNDERLINE_SINGLE : style;
        return flags | Cells.UNDERLINE | kept << Cells.UNDERLINE_STYLE_SHIFT;
    }

    /**
     * 38/48/58 with {@code ;5;n}, {@code ;2;r;g;b}, {@code :5:n} or {@code :2:cs:r:g:b}, normalised as xterm.js does
     * to [target, mode, colour space, v1, v2, v3]; returns how many further parameters were consumed.
     */
    private static int extendedColor(Params params, int pos, int[] pen, int[] accu) {
        accu[0] = 0;
        accu[1] = 0;
        accu[2] = -1;
        accu[3] = 0;
        accu[4] = 0;
        accu[5] = 0;
        int space = 0;
        int advance = 0;
        int count = params.count();
        do {
            accu[advance + space] = params.get(pos + advance);
            int subs = params.subCount(pos + advance);
            if (subs > 0) {
                int i = 0;
                do {
                    if (accu[1] == 5) {
                        space = 1;
                    }
                    if (advance + i + 1 + space < accu.length) {
                        accu[advance + i + 1 + space] = params.sub(pos + advance, i);
                    }
                } while (++i < subs && i + advance + 1 + space < accu.length);
                break;
            }
            if (accu[1] == 5 && advance + space >= 2 || accu[1] == 2 && advance + space >= 5) {
                break;
            }
            if (accu[1] != 0) {
                space = 1;
            }
        } while (++advance + pos < count && advance + space < accu.length);
        for (int i = 2; i < accu.length; i++) {
            if (accu[i] == -1) {
                accu[i] = 0;
            }
        }
        int color = accu[1] == 2 ? Colors.rgb(accu[3], accu[4], accu[5])
                : accu[1] == 5 ? Colors.palette(accu[3]) : -1;
        if (color != -1) {
            if (accu[0] == 38) {
                pen[0] = color;
            } else if (accu[0] == 48) {
                pen[1] = color;
            }
        }
        return advance;
    }
}
