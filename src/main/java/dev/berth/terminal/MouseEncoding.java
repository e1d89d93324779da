package dev.berth.terminal;

/**
 * How mouse reports are encoded: DEFAULT is {@code CSI M Cb Cx Cy}, SGR (DECSET 1006) {@code CSI < b;x;y M/m},
 * SGR_PIXELS (1016) the same in pixels. Like xterm.js, 1005 and 1015 are not supported.
 */
public enum MouseEncoding {
    DEFAULT, SGR, SGR_PIXELS
}
