package dev.berth.terminal;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A terminal emulator without a view: feed it the program's output, read the screen back. Behaves as xterm.js (v5)
 * does, the reference it is checked against.
 *
 * <p>Threads: {@link #feed} runs on one background thread (the stream's reader); {@link #snapshot} and the reads run
 * on the UI thread. Both take one lock; a large feed is parsed in slices so that a frame's snapshot never waits for
 * more than one slice. Listener calls happen on the feeding thread, outside the lock.
 */
public final class TerminalEmulator {
    /** The scrollback a console gets unless told otherwise. */
    public static final int DEFAULT_SCROLLBACK = 10_000;
    private static final int SLICE = 16 * 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Screen screen;
    private final Parser parser;
    private volatile TerminalListener listener = new TerminalListener() {
    };
    private volatile TerminalModes modes = TerminalModes.INITIAL;
    private volatile String title = "";
    private long version;

    public TerminalEmulator(int cols, int rows, int scrollback) {
        if (cols < 1 || rows < 1 || scrollback < 0) {
            throw new IllegalArgumentException("a terminal needs at least 1 column and 1 row, and scrollback >= 0");
        }
        screen = new Screen(cols, rows, scrollback);
        parser = new Parser(screen);
    }

    public TerminalEmulator(int cols, int rows) {
        this(cols, rows, DEFAULT_SCROLLBACK);
    }

    public void setListener(TerminalListener listener) {
        this.listener = listener == null ? new TerminalListener() {
        } : listener;
    }

    /** Parses the program's output. UTF-8 sequences and escape sequences may be split across calls. */
    public void feed(byte[] data, int off, int len) {
        int end = off + len;
        for (int from = off; from < end; from += SLICE) {
            feedSlice(data, from, Math.min(SLICE, end - from));
        }
    }

    public void feed(byte[] data) {
        feed(data, 0, data.length);
    }

    private void feedSlice(byte[] data, int off, int len) {
        byte[] replies = null;
        int bells;
        boolean titleChanged;
        boolean changed;
        TerminalModes newModes;
        lock.lock();
        try {
            parser.feed(data, off, len);
            changed = screen.changed;
            screen.changed = false;
            if (changed) {
                version++;
            }
            if (screen.replies.size() > 0) {
                replies = screen.replies.toByteArray();
                screen.replies.reset();
            }
            bells = screen.bells;
            screen.bells = 0;
            titleChanged = screen.titleChanged;
            screen.titleChanged = false;
            newModes = currentModes();
        } finally {
            lock.unlock();
        }
        notifyListener(replies, bells, titleChanged, changed, newModes);
    }

    private void notifyListener(byte[] replies, int bells, boolean titleChanged, boolean changed,
            TerminalModes newModes) {
        TerminalListener target = listener;
        if (replies != null) {
            target.reply(replies);
        }
        if (titleChanged) {
            title = screen.title;
            target.titleChanged(title);
        }
        if (!newModes.equals(modes)) {
            modes = newModes;
            target.modesChanged(newModes);
        }
        for (int i = 0; i < bells; i++) {
            target.bell();
        }
        if (changed) {
            target.contentChanged();
        }
    }

    private TerminalModes currentModes() {
        Screen s = screen;
        return new TerminalModes(s.applicationCursorKeys, s.applicationKeypad, s.newLineMode, s.bracketedPaste,
                s.mouseTracking, s.mouseEncoding, s.focusEvents, !s.cursorHidden, s.cursorStyle, s.cursorBlink,
                s.active == s.alt, s.reverseVideo);
    }

    /**
     * Resizes the screen without reflowing text (as xterm.js with reflow off): wider or narrower rows are cut or
     * padded, a shorter screen pushes its top lines into the scrollback, a taller one takes them back.
     */
    public void resize(int cols, int rows) {
        if (cols < 1 || rows < 1) {
            return;
        }
        lock.lock();
        try {
            if (cols == screen.cols && rows == screen.rows) {
                return;
            }
            screen.resize(cols, rows);
            version++;
        } finally {
            lock.unlock();
        }
        listener.contentChanged();
    }

    /** Resets everything (as {@code ESC c}), including the scrollback. */
    public void reset() {
        lock.lock();
        try {
            screen.fullReset();
            parser.reset();
            version++;
        } finally {
            lock.unlock();
        }
        TerminalModes newModes = currentModes();
        modes = newModes;
        listener.modesChanged(newModes);
        listener.contentChanged();
    }

    /**
     * Copies what a viewport {@code viewportOffset} lines up from the bottom shows into {@code target} (0: the live
     * screen; clamped to the scrollback there is). Rows are copied only when changed; returns false when nothing
     * changed since the previous snapshot into the same target (then the target is untouched).
     */
    public boolean snapshot(ScreenSnapshot target, int viewportOffset) {
        lock.lock();
        try {
            Buffer b = screen.active;
            int offset = Math.max(0, Math.min(viewportOffset, b.ybase()));
            boolean fresh = target.source != this || target.cols != screen.cols || target.rows != screen.rows;
            if (!fresh && target.version == version && target.viewportOffset == offset) {
                java.util.Arrays.fill(target.dirty, false);
                target.anyDirty = false;
                return false;
            }
            target.reshape(screen.cols, screen.rows);
            target.source = this;
            target.anyDirty = false;
            int first = b.ybase() - offset;
            for (int row = 0; row < screen.rows; row++) {
                target.copyRow(row, b.get(first + row), fresh);
            }
            target.cursorRow = b.y + offset;
            target.cursorCol = Math.min(b.x, screen.cols - 1);
            target.cursorVisible = !screen.cursorHidden;
            target.cursorStyle = screen.cursorStyle;
            target.cursorBlinking = screen.cursorBlink;
            target.viewportOffset = offset;
            target.scrollbackLines = b.ybase();
            target.alternateScreen = b == screen.alt;
            target.reverseVideo = screen.reverseVideo;
            target.version = version;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The latest modes (any thread). */
    public TerminalModes modes() {
        return modes;
    }

    /** The latest window title (any thread). */
    public String title() {
        return title;
    }

    public int cols() {
        lock.lock();
        try {
            return screen.cols;
        } finally {
            lock.unlock();
        }
    }

    public int rows() {
        lock.lock();
        try {
            return screen.rows;
        } finally {
            lock.unlock();
        }
    }

    /** Lines above the screen (0 on the alternate screen). Absolute line numbers run from 0 to this + rows - 1. */
    public int scrollbackLines() {
        lock.lock();
        try {
            return screen.active.ybase();
        } finally {
            lock.unlock();
        }
    }

    /**
     * How many lines have fallen off the top of the full scrollback since the start: a selection anchored at
     * absolute line L when this read D is now at L - (this - D).
     */
    public long droppedLines() {
        lock.lock();
        try {
            return screen.active.dropped;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The text from (startLine, startCol) to (endLine, endCol), end exclusive, in absolute lines (0 is the oldest
     * scrollback line, {@link #scrollbackLines()} the screen's top row). Lines are joined with '\n' except where a
     * line was wrapped onto the next; trailing blanks of each line are removed.
     */
    public String text(int startLine, int startCol, int endLine, int endCol) {
        lock.lock();
        try {
            Buffer b = screen.active;
            int last = b.length() - 1;
            StringBuilder out = new StringBuilder();
            for (int line = Math.max(0, startLine); line <= Math.min(endLine, last); line++) {
                Line l = b.get(line);
                int from = line == startLine ? Math.max(0, startCol) : 0;
                int to = line == endLine ? Math.min(endCol, screen.cols) : screen.cols;
                int mark = out.length();
                l.appendText(out, from, to);
                boolean joinsNext = line < last && b.get(line + 1).wrapped;
                if (!(joinsNext && to == screen.cols)) {
                    int end = out.length();
                    while (end > mark && out.charAt(end - 1) == ' ') {
                        end--;
                    }
                    out.setLength(end);
                }
                if (line < endLine && !joinsNext) {
                    out.append('\n');
                }
            }
            return out.toString();
        } finally {
            lock.unlock();
        }
    }

    /** Whether absolute line {@code line} continues the line above it (autowrap), for word and line selection. */
    public boolean isWrapped(int line) {
        lock.lock();
        try {
            Buffer b = screen.active;
            return line > 0 && line < b.length() && b.get(line).wrapped;
        } finally {
            lock.unlock();
        }
    }

    /** The code point at an absolute line and column, 0 for a blank (for word selection). */
    public int codePointAt(int line, int col) {
        lock.lock();
        try {
            Buffer b = screen.active;
            if (line < 0 || line >= b.length() || col < 0 || col >= b.get(line).cols()) {
                return 0;
            }
            return b.get(line).code(col);
        } finally {
            lock.unlock();
        }
    }

    /** Sequences ignored since the start because they were malformed or not supported (diagnostics). */
    public long ignoredSequences() {
        lock.lock();
        try {
            return parser.ignored;
        } finally {
            lock.unlock();
        }
    }
}
