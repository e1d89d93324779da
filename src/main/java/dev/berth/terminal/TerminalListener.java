package dev.berth.terminal;

/**
 * What the emulator tells its owner. Every method is called on the thread that called
 * {@link TerminalEmulator#feed}, after the emulator's lock is released, so an implementation may call back into the
 * emulator; it should hand UI work to the UI thread (batched, not one hop per call).
 */
public interface TerminalListener {
    /**
     * Bytes the terminal must send to the program (answers to DA1, DA2, DSR 5n and CPR 6n): write them to the
     * process's input, in order.
     */
    default void reply(byte[] bytes) {
    }

    /** OSC 0 or 2 set the window title. */
    default void titleChanged(String title) {
    }

    /** BEL in the ground state. */
    default void bell() {
    }

    /** One or more modes changed; {@code modes} is the new whole set. */
    default void modesChanged(TerminalModes modes) {
    }

    /** The screen or scrollback changed: schedule a frame (at most one per frame; this may be called often). */
    default void contentChanged() {
    }
}
