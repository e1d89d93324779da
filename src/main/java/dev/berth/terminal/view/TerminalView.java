package dev.berth.terminal.view;

import dev.berth.terminal.ScreenSnapshot;
import dev.berth.terminal.TerminalEmulator;
import dev.berth.terminal.input.FocusEncoder;
import dev.berth.terminal.input.InputModes;
import dev.berth.terminal.input.PasteEncoder;
import javafx.animation.PauseTransition;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.util.Duration;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A terminal on a canvas. It paints from a {@link ScreenSnapshot} of the emulator at most once per frame and only
 * the rows that changed ({@link FrameLoop}); the emulator is fed elsewhere, off the FX thread, and calls
 * {@link #requestFrame()}. Keys, pastes, focus changes and the mouse go to the process as xterm sends them; the
 * wheel and the scroll bar move through the scrollback; the mouse selects (drag, double-click a word, triple-click
 * a line; Shift while the program uses the mouse). Ctrl/⌘+Shift+C copies, Ctrl/⌘+Shift+V pastes, Ctrl/⌘ +/−/0
 * change the font size, Shift+PgUp/PgDn scroll a page. The cursor blinks only while the terminal has the focus and
 * is shown. Colours follow the theme: CSS gives the view its background and the probe its text colour.
 */
public final class TerminalView extends Region {
    static final double DEFAULT_FONT_SIZE = 13;
    private static final Duration RESIZE_DELAY = Duration.millis(100);

    private final TerminalEmulator emulator;
    private final Consumer<byte[]> toProcess;
    private final BiConsumer<Integer, Integer> onResize;
    private final Canvas canvas = new Canvas();
    private final ScrollBar scrollBar = new ScrollBar();
    /** Styled by CSS with the theme's text colour, never shown. */
    private final Text themeProbe = new Text();
    private final ScreenSnapshot snapshot = new ScreenSnapshot();
    private final TerminalPainter painter = new TerminalPainter();
    private final Selection selection;
    private final FrameLoop frames = new FrameLoop(this::paint);
    private final CursorBlink blink = new CursorBlink(this::blinked);
    private final PauseTransition resizing = new PauseTransition(RESIZE_DELAY);
    private final TerminalMouse mouse;
    private CellMetrics metrics = new CellMetrics(DEFAULT_FONT_SIZE);
    private TerminalPalette palette = TerminalPalette.dark();
    private int viewportOffset;
    /** Scrollback plus dropped lines at the last frame: growth moves a scrolled-back view along with its text. */
    private long linesSeen;
    private long droppedLines;
    private boolean repaintAll = true;
    private int paintedCursorRow = -1;
    private boolean cursorOn = true;
    private boolean adjustingScrollBar;

    /**
     * @param toProcess receives the bytes for the process (keys, pastes, mouse and focus reports)
     * @param onResize  receives the columns and rows that fit, once the pane has kept a size for a moment
     */
    public TerminalView(TerminalEmulator emulator, Consumer<byte[]> toProcess, BiConsumer<Integer, Integer> onResize) {
        this.emulator = emulator;
        this.toProcess = toProcess;
        this.onResize = onResize;
        this.selection = new Selection(this::lineText);
        this.mouse = new TerminalMouse(this);
        getStyleClass().add("terminal-view");
        setFocusTraversable(true);
        themeProbe.getStyleClass().add("terminal-theme-probe");
        themeProbe.setManaged(false);
        themeProbe.setVisible(false);
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.setFocusTraversable(false);
        scrollBar.setUnitIncrement(1);
        scrollBar.valueProperty().addListener((obs, old, now) -> {
            if (!adjustingScrollBar) {
                scrollTo((int) Math.round(scrollBar.getMax() - now.doubleValue()));
            }
        });
        getChildren().addAll(canvas, scrollBar, themeProbe);
        resizing.setOnFinished(event -> resizeToFit());
        backgroundProperty().addListener((obs, old, now) -> updatePalette());
        themeProbe.fillProperty().addListener((obs, old, now) -> updatePalette());
        focusedProperty().addListener((obs, old, now) -> focusChanged(now));
        new TerminalKeyboard(this).install();
        mouse.install();
    }

    /** Something changed in the emulator: paint at the next frame. Any thread. */
    public void requestFrame() {
        frames.request();
    }

    @Override
    protected void layoutChildren() {
        double barWidth = scrollBar.prefWidth(-1);
        double width = Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset() - barWidth);
        double height = Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset());
        scrollBar.resizeRelocate(snappedLeftInset() + width, snappedTopInset(), barWidth, height);
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            canvas.relocate(snappedLeftInset(), snappedTopInset());
            repaintAll = true;
            requestFrame();
        }
        if (metrics.columnsIn(width) != emulator.cols() || metrics.rowsIn(height) != emulator.rows()) {
            resizing.playFromStart();
        }
    }

    private void resizeToFit() {
        int cols = metrics.columnsIn(canvas.getWidth());
        int rows = metrics.rowsIn(canvas.getHeight());
        if (cols >= 2 && rows >= 1 && (cols != emulator.cols() || rows != emulator.rows())) {
            onResize.accept(cols, rows);
            repaintAll = true;
            requestFrame();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 80 * metrics.width + scrollBar.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 24 * metrics.height + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 10 * metrics.width;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 2 * metrics.height;
    }

    /** Paints what changed; answers whether that was most of the screen. */
    private boolean paint() {
        long total = emulator.scrollbackLines() + emulator.droppedLines();
        if (viewportOffset > 0 && total > linesSeen) {
            viewportOffset += (int) (total - linesSeen);
        }
        linesSeen = total;
        droppedLines = emulator.droppedLines();
        boolean changed = emulator.snapshot(snapshot, viewportOffset);
        if (snapshot.viewportOffset() != viewportOffset) {
            viewportOffset = snapshot.viewportOffset();
        }
        updateScrollBar();
        updateBlink();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        int rows = snapshot.rows();
        boolean focused = isFocused();
        int cursorRow = snapshot.cursorVisible() && (cursorOn || !focused) ? snapshot.cursorRow() : -1;
        if (repaintAll) {
            gc.setFill(snapshot.reverseVideo() ? palette.foreground() : palette.background());
            gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        }
        int painted = 0;
        for (int row = 0; row < rows; row++) {
            if (repaintAll || (changed && snapshot.isDirty(row)) || row == paintedCursorRow || row == cursorRow) {
                painted++;
                int paintedRow = row;
                painter.paintRow(gc, snapshot, row, metrics, palette, canvas.getWidth(),
                        col -> selection.contains(absoluteLine(paintedRow), col));
            }
        }
        if (cursorRow >= 0) {
            painter.paintCursor(gc, snapshot, metrics, palette, focused);
        }
        paintedCursorRow = cursorRow;
        repaintAll = false;
        return painted > rows / 2;
    }

    private void updateScrollBar() {
        int scrollback = snapshot.scrollbackLines();
        adjustingScrollBar = true;
        scrollBar.setMax(scrollback);
        scrollBar.setVisibleAmount(Math.max(1, scrollback == 0 ? 1 : snapshot.rows() * (double) scrollback
                / (scrollback + snapshot.rows())));
        scrollBar.setBlockIncrement(Math.max(1, snapshot.rows() - 1));
        scrollBar.setValue(scrollback - viewportOffset);
        scrollBar.setDisable(scrollback == 0);
        adjustingScrollBar = false;
    }

    // --- scrolling and selection, in lines of the whole buffer counted from the first line there ever was

    long absoluteLine(int viewportRow) {
        return droppedLines + snapshot.scrollbackLines() - viewportOffset + viewportRow;
    }

    private String lineText(long line) {
        int local = (int) (line - droppedLines);
        StringBuilder text = new StringBuilder(snapshot.cols());
        for (int col = 0; col < snapshot.cols(); col++) {
            int code = emulator.codePointAt(local, col);
            text.append(code == 0 || Character.isSupplementaryCodePoint(code) ? ' ' : (char) code);
        }
        return text.toString();
    }

    void scrollBy(int lines) {
        scrollTo(viewportOffset + lines);
    }

    private void scrollTo(int offset) {
        int clamped = Math.max(0, Math.min(offset, snapshot.scrollbackLines()));
        if (clamped != viewportOffset) {
            viewportOffset = clamped;
            repaintAll = true;
            requestFrame();
        }
    }

    Selection selection() {
        return selection;
    }

    void selectionChanged() {
        repaintAll = true;
        requestFrame();
    }

    /** The selected text, rows joined as the program wrote them; empty when nothing is selected. */
    public String selectedText() {
        if (selection.isEmpty()) {
            return "";
        }
        int lastColumn = Math.min(selection.to().column(), snapshot.cols() - 1);
        return emulator.text((int) (selection.from().line() - droppedLines), selection.from().column(),
                (int) (selection.to().line() - droppedLines), lastColumn + 1);
    }

    /** The rows shown at the last frame, one line each, trailing blanks removed (scrolled back or not). */
    public String visibleText() {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < snapshot.rows(); row++) {
            text.append(snapshot.rowText(row)).append('\n');
        }
        return text.toString();
    }

    // --- input

    CellMetrics metrics() {
        return metrics;
    }

    ScreenSnapshot snapshot() {
        return snapshot;
    }

    InputModes inputModes() {
        return TerminalInputModes.of(emulator.modes());
    }

    boolean alternateScreen() {
        return emulator.modes().alternateScreen();
    }

    /** Sends bytes to the process as input from the user: the view jumps to the bottom and the cursor shows. */
    void sendInput(byte[] bytes) {
        toProcess.accept(bytes);
        if (viewportOffset != 0) {
            viewportOffset = 0;
            repaintAll = true;
        }
        if (!selection.isEmpty()) {
            selection.clear();
            repaintAll = true;
        }
        cursorOn = true;
        if (blink.isRunning()) {
            blink.stop(); // the cursor stays on while typing: the next blink is a full period away
            blink.start();
        }
        requestFrame();
    }

    /** Sends a report the program asked for (mouse, focus) without moving the view. */
    void sendReport(byte[] bytes) {
        toProcess.accept(bytes);
    }

    void send(String text) {
        sendInput(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends text as pasted: line breaks as Enter, bracketed when the program asked for it. */
    public void paste(String text) {
        if (text != null && !text.isEmpty()) {
            send(PasteEncoder.pasted(text, inputModes()));
        }
    }

    public void copySelection() {
        String text = selectedText();
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    public double fontSize() {
        return metrics.size;
    }

    public void setFontSize(double size) {
        CellMetrics resized = new CellMetrics(size);
        if (resized.size != metrics.size) {
            metrics = resized;
            repaintAll = true;
            requestLayout();
            requestFrame();
        }
    }

    // --- focus, cursor blink and theme

    private void focusChanged(boolean focused) {
        String report = FocusEncoder.focus(focused, inputModes());
        if (report != null) {
            sendReport(report.getBytes(StandardCharsets.US_ASCII));
        }
        cursorOn = true;
        updateBlink();
        requestFrame();
    }

    /** The cursor blinks while the terminal has the focus (its window too), is shown, and the program wants it. */
    private void updateBlink() {
        boolean wanted = isFocused() && isShown() && snapshot.cursorBlinking() && snapshot.cursorVisible();
        if (wanted && !blink.isRunning()) {
            blink.start();
        } else if (!wanted && blink.isRunning()) {
            blink.stop();
            cursorOn = true;
        }
    }

    private void blinked() {
        if (!isShown() || !isFocused()) {
            blink.stop();
            cursorOn = true;
            return;
        }
        cursorOn = !cursorOn;
        requestFrame();
    }

    /** In a showing window, and neither it nor a parent hidden (a tab that is not selected hides its content). */
    private boolean isShown() {
        if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node node = this; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** For tests: the cursor blinks (with the focus, shown), frames paint (after a change), the frame pulses. */
    public Timers timers() {
        return new Timers(blink.isRunning(), frames.isRunning(), frames.pulses());
    }

    public record Timers(boolean blinking, boolean painting, long framePulses) {
    }

    private void updatePalette() {
        Background background = getBackground();
        Color back = background != null && !background.getFills().isEmpty()
                && background.getFills().get(0).getFill() instanceof Color color ? color : null;
        Color fore = themeProbe.getFill() instanceof Color color ? color : null;
        if (back != null && fore != null) {
            palette = TerminalPalette.forTheme(fore, back);
            repaintAll = true;
            requestFrame();
        }
    }
}
