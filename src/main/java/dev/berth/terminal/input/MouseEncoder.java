package dev.berth.terminal.input;

import java.nio.charset.StandardCharsets;

/**
 * Mouse reports as xterm writes them. The button code is 0 left, 1 middle, 2 right, 3 "released" (legacy) or "no
 * button" (motion), 64 and 65 for the wheel; motion adds 32, Shift 4, Alt 8, Ctrl 16 (none of these in X10 mode).
 * SGR (1006) writes {@code ESC [ < code ; column ; row M} (or {@code m} for a release, with the released button);
 * the legacy encoding writes {@code ESC [ M} and three bytes, each value plus 32, so it cannot say a column or row
 * past 223 — such events are not reported, as in xterm.js.
 */
public final class MouseEncoder {
    private static final int LEGACY_LIMIT = 255;

    private MouseEncoder() {
    }

    /** The report's bytes under {@code modes}, or null when the program did not ask for this kind of event. */
    public static byte[] encode(MouseReport report, InputModes modes) {
        if (!wanted(report, modes.mouseTracking())) {
            return null;
        }
        int code = buttonCode(report, modes);
        if (modes.mouseEncoding() == MouseEncoding.SGR) {
            char last = report.action() == MouseReport.Action.RELEASE ? 'm' : 'M';
            return ("\u001b[<" + code + ";" + (report.column() + 1) + ";" + (report.row() + 1) + last)
                    .getBytes(StandardCharsets.US_ASCII);
        }
        int x = report.column() + 1;
        int y = report.row() + 1;
        if (x + 32 > LEGACY_LIMIT || y + 32 > LEGACY_LIMIT) {
            return null;
        }
        return new byte[]{0x1b, '[', 'M', (byte) (code + 32), (byte) (x + 32), (byte) (y + 32)};
    }

    private static boolean wanted(MouseReport report, MouseTracking tracking) {
        return switch (tracking) {
            case OFF -> false;
            case X10 -> report.action() == MouseReport.Action.PRESS;
            case NORMAL -> report.action() != MouseReport.Action.MOTION;
            case BUTTON_MOTION -> report.action() != MouseReport.Action.MOTION
                    || report.button() != MouseReport.Button.NONE;
            case ANY_MOTION -> true;
        };
    }

    private static int buttonCode(MouseReport report, InputModes modes) {
        int code = switch (report.action()) {
            case WHEEL_UP -> 64;
            case WHEEL_DOWN -> 65;
            case RELEASE -> modes.mouseEncoding() == MouseEncoding.SGR ? button(report.button()) : 3;
            case MOTION -> 32 + button(report.button());
            case PRESS -> button(report.button());
        };
        if (modes.mouseTracking() == MouseTracking.X10) {
            return code;
        }
        return code + (report.shift() ? 4 : 0) + (report.alt() ? 8 : 0) + (report.control() ? 16 : 0);
    }

    private static int button(MouseReport.Button button) {
        return switch (button) {
            case LEFT -> 0;
            case MIDDLE -> 1;
            case RIGHT -> 2;
            case NONE -> 3;
        };
    }
}
