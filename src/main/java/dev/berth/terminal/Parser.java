package dev.berth.terminal;

/**
 * The DEC/ANSI state machine (vt100.net's, as xterm.js tables it) over UTF-8 bytes. Bytes are decoded to code
 * points here, keeping a sequence split across calls; invalid UTF-8 is dropped. Code points U+0080–U+009F act as C1
 * controls. Runs of printable ASCII in the ground state go to the screen in one call. Nothing here throws on any
 * input: what it does not know it ignores and counts.
 */
final class Parser {
    static final int GROUND = 0;
    static final int ESCAPE = 1;
    static final int ESCAPE_INTERMEDIATE = 2;
    static final int CSI_ENTRY = 3;
    static final int CSI_PARAM = 4;
    static final int CSI_INTERMEDIATE = 5;
    static final int CSI_IGNORE = 6;
    static final int SOS_PM_APC = 7;
    static final int OSC = 8;
    static final int DCS_ENTRY = 9;
    static final int DCS_PARAM = 10;
    static final int DCS_INTERMEDIATE = 11;
    static final int DCS_PASSTHROUGH = 12;
    static final int DCS_IGNORE = 13;

    private static final int OSC_LIMIT = 4096;

    private final Screen screen;
    final Params params = new Params();
    private int state = GROUND;
    private int collect;
    private final StringBuilder osc = new StringBuilder();
    private boolean oscOverflow;

    private int utfNeed;
    private int utfLength;
    private int utfCodePoint;

    /** Sequences that were malformed or that nothing handles, for diagnostics. */
    long ignored;

    Parser(Screen screen) {
        this.screen = screen;
    }

    void reset() {
        state = GROUND;
        collect = 0;
        params.reset();
        osc.setLength(0);
        utfNeed = 0;
    }

    void feed(byte[] data, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end) {
            int b = data[i];
            if (utfNeed == 0 && state == GROUND && b >= 0x20 && b < 0x7F) {
                int start = i++;
                while (i < end && (b = data[i]) >= 0x20 && b < 0x7F) {
                    i++;
                }
                screen.printAscii(data, start, i);
                continue;
            }
            i++;
            b &= 0xFF;
            if (utfNeed > 0) {
                if ((b & 0xC0) == 0x80) {
                    utfCodePoint = utfCodePoint << 6 | (b & 0x3F);
                    if (--utfNeed == 0) {
                        int cp = utfCodePoint;
                        boolean valid = utfLength == 2 ? cp >= 0x80
                                : utfLength == 3 ? cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF) && cp != 0xFEFF
                                : cp >= 0x10000 && cp <= 0x10FFFF;
                        if (valid) {
                            advance(cp);
                        }
                    }
                    continue;
                }
                utfNeed = 0;
            }
            if (b < 0x80) {
                advance(b);
            } else if ((b & 0xE0) == 0xC0) {
                start(b & 0x1F, 2);
            } else if ((b & 0xF0) == 0xE0) {
                start(b & 0x0F, 3);
            } else if ((b & 0xF8) == 0xF0) {
                start(b & 0x07, 4);
            }
        }
    }

    private void start(int bits, int length) {
        utfCodePoint = bits;
        utfLength = length;
        utfNeed = length - 1;
    }

    /** One code point through the state machine. */
    void advance(int c) {
        if (c >= 0x80 && c < 0xA0 || c == 0x1B || c == 0x18 || c == 0x1A) {
            anywhere(c);
            return;
        }
        switch (state) {
            case GROUND -> {
                if (c >= 0x20 && c != 0x7F) {
                    screen.print(c);
                } else if (c < 0x20) {
                    screen.execute(c);
                }
            }
            case ESCAPE -> escape(c);
            case ESCAPE_INTERMEDIATE -> {
                if (c < 0x20) {
                    screen.execute(c);
                } else if (c < 0x30) {
                    collect(c);
                } else if (c < 0x7F) {
                    escDispatch(c);
                } else if (c > 0x7F) {
                    error();
                }
            }
            case CSI_ENTRY, CSI_PARAM -> csiParam(c);
            case CSI_INTERMEDIATE -> {
                if (c < 0x20) {
                    screen.execute(c);
                } else if (c < 0x30) {
                    collect(c);
                } else if (c < 0x40) {
                    state = CSI_IGNORE;
                } else if (c < 0x7F) {
                    csiDispatch(c);
                } else if (c > 0x7F) {
                    error();
                }
            }
            case CSI_IGNORE -> {
                if (c < 0x20) {
                    screen.execute(c);
                } else if (c >= 0x40 && c < 0x7F) {
                    state = GROUND;
                    ignored++;
                }
            }
            case SOS_PM_APC -> {
                if (c > 0x7F) {
                    error();
                }
            }
            case OSC -> {
                if (c == 0x07) {
                    oscEnd();
                    state = GROUND;
                } else if (c >= 0x20) {
                    if (osc.length() < OSC_LIMIT) {
                        osc.appendCodePoint(c);
                    } else {
                        oscOverflow = true;
                    }
                }
            }
            case DCS_ENTRY, DCS_PARAM, DCS_INTERMEDIATE -> dcsHead(c);
            case DCS_PASSTHROUGH, DCS_IGNORE -> {
                // DCS strings (DECRQSS, Sixel, tmux passthrough) are read and dropped.
            }
            default -> state = GROUND;
        }
    }

    private void anywhere(int c) {
        switch (state) {
            case OSC -> {
                if (c == 0x1B || c == 0x9C) {
                    oscEnd();
                } else {
                    osc.setLength(0);
                    ignored++;
                }
            }
            case DCS_PASSTHROUGH -> ignored++;
            default -> {
            }
        }
        switch (c) {
            case 0x1B -> clear(ESCAPE);
            case 0x9B -> clear(CSI_ENTRY);
            case 0x90 -> clear(DCS_ENTRY);
            case 0x9D -> {
                osc.setLength(0);
                oscOverflow = false;
                state = OSC;
            }
            case 0x98, 0x9E, 0x9F -> state = SOS_PM_APC;
            case 0x9C -> state = GROUND;
            default -> {
                state = GROUND;
                screen.execute(c);
            }
        }
    }

    private void escape(int c) {
        if (c < 0x20) {
            screen.execute(c);
        } else if (c < 0x30) {
            collect(c);
            state = ESCAPE_INTERMEDIATE;
        } else if (c == 0x50) {
            clear(DCS_ENTRY);
        } else if (c == 0x5B) {
            clear(CSI_ENTRY);
        } else if (c == 0x5D) {
            osc.setLength(0);
            oscOverflow = false;
            state = OSC;
        } else if (c == 0x58 || c == 0x5E || c == 0x5F) {
            state = SOS_PM_APC;
        } else if (c < 0x7F) {
            escDispatch(c);
        } else if (c > 0x7F) {
            error();
        }
    }

    private void csiParam(int c) {
        if (c < 0x20) {
            screen.execute(c);
        } else if (c < 0x30) {
            collect(c);
            state = CSI_INTERMEDIATE;
        } else if (c < 0x3A) {
            params.digit(c - '0');
            state = CSI_PARAM;
        } else if (c == 0x3A) {
            params.subParam();
            state = CSI_PARAM;
        } else if (c == 0x3B) {
            params.next();
            state = CSI_PARAM;
        } else if (c < 0x40) {
            if (state == CSI_ENTRY) {
                collect(c);
                state = CSI_PARAM;
            } else {
                state = CSI_IGNORE;
            }
        } else if (c < 0x7F) {
            csiDispatch(c);
        } else if (c > 0x7F) {
            error();
        }
    }

    private void dcsHead(int c) {
        if (c < 0x20 || c == 0x7F) {
            return;
        }
        if (c > 0x7F) {
            error();
        } else if (c < 0x30) {
            collect(c);
            state = DCS_INTERMEDIATE;
        } else if (c < 0x3C) {
            state = state == DCS_INTERMEDIATE ? DCS_IGNORE : DCS_PARAM;
        } else if (c < 0x40) {
            state = state == DCS_ENTRY ? DCS_PARAM : DCS_IGNORE;
        } else {
            state = DCS_PASSTHROUGH;
        }
    }

    private void clear(int next) {
        params.reset();
        collect = 0;
        state = next;
    }

    private void collect(int c) {
        collect = collect << 8 | c;
    }

    private void error() {
        ignored++;
        state = GROUND;
    }

    private void escDispatch(int c) {
        state = GROUND;
        if (!screen.escDispatch(collect, c)) {
            ignored++;
        }
    }

    private void csiDispatch(int c) {
        state = GROUND;
        if (!screen.csiDispatch(params, collect, c)) {
            ignored++;
        }
    }

    private void oscEnd() {
        if (!oscOverflow && !screen.oscDispatch(osc)) {
            ignored++;
        }
        osc.setLength(0);
        oscOverflow = false;
    }
}
