package dev.berth.terminal;

/** How mouse reports are encoded (DECSET 1005, 1006, 1015, 1016; DEFAULT is {@code CSI M Cb Cx Cy}). */
public enum MouseEncoding {
    DEFAULT, UTF8, SGR, URXVT, SGR_PIXELS
}
