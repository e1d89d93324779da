package dev.berth.terminal.input;

/**
 * How mouse reports are written: the legacy X10 bytes ({@code ESC [ M b x y}, each value plus 32 in one byte) or SGR
 * (DECSET 1006). Like xterm.js, 1005 (UTF-8) and 1015 (URXVT) are not offered.
 */
public enum MouseEncoding {
    LEGACY, SGR
}
