package dev.berth.terminal;

/** Which mouse events the program asked for (DECSET 9, 1000, 1002, 1003). */
public enum MouseTracking {
    /** No reporting: the mouse selects text. */
    NONE,
    /** 9: button presses only. */
    X10,
    /** 1000: presses and releases, and the wheel. */
    NORMAL,
    /** 1002: as NORMAL, plus motion while a button is held. */
    BUTTON_EVENT,
    /** 1003: as NORMAL, plus all motion. */
    ANY_EVENT
}
