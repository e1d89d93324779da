package dev.berth.terminal;

/** The cursor's shape, set by DECSCUSR ({@code CSI Ps SP q}). */
public enum CursorStyle {
    BLOCK, UNDERLINE, BAR
}
