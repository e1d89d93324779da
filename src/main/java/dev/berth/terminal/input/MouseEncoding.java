package dev.berth.terminal.input;

/** How mouse reports are written: the legacy X10 bytes ({@code ESC [ M b x y}) or SGR (DECSET 1006). */
public enum MouseEncoding {
    LEGACY, SGR
}
