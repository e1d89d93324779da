package dev.berth.terminal.view;

import dev.berth.terminal.ScreenSnapshot;
import dev.berth.terminal.input.InputModes;
import dev.berth.terminal.input.KeyEncoder;
import dev.berth.terminal.input.Key;
import dev.berth.terminal.input.KeyStroke;
import dev.berth.terminal.input.MouseEncoder;
import dev.berth.terminal.input.MouseReport;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import java.nio.charset.StandardCharsets;

/**
 * The mouse over a {@link TerminalView}: reported to the program when it asked for the mouse (htop, less --mouse,
 * vim with mouse=a) unless Shift is held; otherwise it selects text, and the wheel scrolls back — or, on the
 * alternate screen, sends arrow keys, as xterm does, so that the wheel scrolls in less and vi.
 */
final class TerminalMouse {
    private static final int MAX_ARROWS_PER_SCROLL = 3;

    private final TerminalView view;
    private MouseReport.Button held = MouseReport.Button.NONE;

    TerminalMouse(TerminalView view) {
        this.view = view;
    }

    void install() {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    private boolean reporting(boolean shift) {
        return view.inputModes().reportsMouse() && !shift;
    }

    private void pressed(MouseEvent event) {
        view.requestFocus();
        if (event.getX() >= canvasWidth()) {
            return; // on the scroll bar
        }
        if (reporting(event.isShiftDown())) {
            held = button(event.getButton());
            report(event, MouseReport.Action.PRESS, held);
        } else if (event.getButton() == MouseButton.PRIMARY) {
            Selection.Unit unit = switch (Math.min(event.getClickCount(), 3)) {
                case 2 -> Selection.Unit.WORD;
                case 3 -> Selection.Unit.LINE;
                default -> Selection.Unit.CHARACTER;
            };
            view.selection().start(point(event, unit == Selection.Unit.CHARACTER), unit);
            view.selectionChanged();
        }
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (reporting(event.isShiftDown())) {
            report(event, MouseReport.Action.MOTION, held);
        } else if (event.getButton() == MouseButton.PRIMARY) {
            if (event.getY() < 0) {
                view.scrollBy(1);
            } else if (event.getY() > view.snapshot().rows() * view.metrics().height) {
                view.scrollBy(-1);
            }
            view.selection().extend(point(event, view.selection().unit() == Selection.Unit.CHARACTER));
            view.selectionChanged();
        }
        event.consume();
    }

    private void released(MouseEvent event) {
        if (reporting(event.isShiftDown()) && held != MouseReport.Button.NONE) {
            report(event, MouseReport.Action.RELEASE, held);
        }
        held = MouseReport.Button.NONE;
        event.consume();
    }

    private void moved(MouseEvent event) {
        if (reporting(event.isShiftDown())) {
            report(event, MouseReport.Action.MOTION, MouseReport.Button.NONE);
        }
    }

    private void scrolled(ScrollEvent event) {
        double delta = event.getDeltaY();
        if (delta == 0) {
            return;
        }
        boolean up = delta > 0;
        int lines = Math.max(1, (int) Math.round(Math.abs(delta) / view.metrics().height)); // a notch: about 40 px
        InputModes modes = view.inputModes();
        if (reporting(event.isShiftDown())) {
            int[] cell = cell(event.getX(), event.getY());
            byte[] bytes = MouseEncoder.encode(new MouseReport(up ? MouseReport.Action.WHEEL_UP
                    : MouseReport.Action.WHEEL_DOWN, MouseReport.Button.NONE, cell[0], cell[1],
                    false, event.isAltDown(), event.isControlDown()), modes);
            if (bytes != null) {
                view.sendReport(bytes);
            }
        } else if (view.alternateScreen()) {
            String arrow = KeyEncoder.pressed(KeyStroke.of(up ? Key.UP : Key.DOWN), modes);
            view.sendInput(arrow.repeat(Math.min(lines, MAX_ARROWS_PER_SCROLL)).getBytes(StandardCharsets.US_ASCII));
        } else {
            view.scrollBy(up ? lines : -lines);
        }
        event.consume();
    }

    private void report(MouseEvent event, MouseReport.Action action, MouseReport.Button button) {
        int[] cell = cell(event.getX(), event.getY());
        byte[] bytes = MouseEncoder.encode(new MouseReport(action, button, cell[0], cell[1], event.isShiftDown(),
                event.isAltDown(), event.isControlDown()), view.inputModes());
        if (bytes != null) {
            view.sendReport(bytes);
        }
    }

    /** The cell under the pointer, clamped to the screen: {column, row}. */
    private int[] cell(double x, double y) {
        ScreenSnapshot snapshot = view.snapshot();
        CellMetrics metrics = view.metrics();
        int column = Math.max(0, Math.min(snapshot.cols() - 1, (int) Math.floor(x / metrics.width)));
        int row = Math.max(0, Math.min(snapshot.rows() - 1, (int) Math.floor(y / metrics.height)));
        return new int[]{column, row};
    }

    /** The buffer cell under the pointer, or with {@code boundary} the cell boundary nearest to it. */
    private Selection.Point point(MouseEvent event, boolean boundary) {
        CellMetrics metrics = view.metrics();
        int[] cell = cell(event.getX(), event.getY());
        int column = boundary ? Math.max(0, Math.min(view.snapshot().cols(),
                (int) Math.round(event.getX() / metrics.width))) : cell[0];
        return new Selection.Point(view.absoluteLine(cell[1]), column);
    }

    private double canvasWidth() {
        return view.snapshot().cols() * view.metrics().width + view.snappedLeftInset();
    }

    private static MouseReport.Button button(MouseButton button) {
        return switch (button) {
            case PRIMARY -> MouseReport.Button.LEFT;
            case MIDDLE -> MouseReport.Button.MIDDLE;
            case SECONDARY -> MouseReport.Button.RIGHT;
            default -> MouseReport.Button.NONE;
        };
    }
}
