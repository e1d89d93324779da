package dev.berth.terminal.input;

/**
 * How mouse reports are written: the legacy X10 bytes ({@code ESC [ M b x y}, each value plus 32 in one byte),
 * the same as UTF-8 characters (DECSET 1005), URXVT's decimal form (1015) or SGR (1006).
 */
public enum MouseEncoding {
    LEGACY, UTF8, URXVT, SGR
}
