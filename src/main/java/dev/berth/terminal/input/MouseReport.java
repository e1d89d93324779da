package dev.berth.terminal.input;

/**
 * A mouse event over the terminal, in cells.
 *
 * @param column 0-based
 * @param row    0-based, from the top of the visible screen
 */
public record MouseReport(Action action, Button button, int column, int row, boolean shift, boolean alt,
                          boolean control) {

    public enum Action { PRESS, RELEASE, MOTION, WHEEL_UP, WHEEL_DOWN }

    public enum Button { LEFT, MIDDLE, RIGHT, NONE }

    public MouseReport {
        if (column < 0 || row < 0) {
            throw new IllegalArgumentException("a cell is never negative: " + column + "," + row);
        }
    }

    public static MouseReport of(Action action, Button button, int column, int row) {
        return new MouseReport(action, button, column, row, false, false, false);
    }
}
