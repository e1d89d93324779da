package dev.berth.terminal.input;

/** Which mouse events the program asked for (DECSET 9, 1000, 1002, 1003). */
public enum MouseTracking {
    /** None: the mouse selects text. */
    OFF,
    /** 9: presses only, without modifiers. */
    X10,
    /** 1000: presses, releases and the wheel. */
    NORMAL,
    /** 1002: also motion while a button is held. */
    BUTTON_MOTION,
    /** 1003: all motion. */
    ANY_MOTION
}
