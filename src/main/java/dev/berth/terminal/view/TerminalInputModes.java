package dev.berth.terminal.view;

import dev.berth.terminal.TerminalModes;
import dev.berth.terminal.input.InputModes;
import dev.berth.terminal.input.MouseEncoding;
import dev.berth.terminal.input.MouseTracking;

/** The emulator's modes as the input encoders read them. */
final class TerminalInputModes {
    private TerminalInputModes() {
    }

    static InputModes of(TerminalModes modes) {
        MouseTracking tracking = switch (modes.mouseTracking()) {
            case NONE -> MouseTracking.OFF;
            case X10 -> MouseTracking.X10;
            case NORMAL -> MouseTracking.NORMAL;
            case BUTTON_EVENT -> MouseTracking.BUTTON_MOTION;
            case ANY_EVENT -> MouseTracking.ANY_MOTION;
        };
        MouseEncoding encoding = switch (modes.mouseEncoding()) {
            case DEFAULT -> MouseEncoding.LEGACY;
            case SGR, SGR_PIXELS -> MouseEncoding.SGR;
        };
        return new InputModes(modes.applicationCursorKeys(), modes.bracketedPaste(), modes.focusEvents(), tracking,
                encoding);
    }
}
