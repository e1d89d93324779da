package dev.berth.logs;

/**
 * What a row shows of a log line: what a terminal would leave visible of a line that redraws itself with carriage
 * returns, cut to a length a row can lay out quickly. The whole line is still what is copied and saved.
 */
record LogRowText(String text, int hidden) {
    /** More than a screenful of one row; laying out more only costs time for text nobody reads there. */
    static final int MAX_SHOWN = 10_000;

    static LogRowText of(String line) {
        String visible = afterLastCarriageReturn(line);
        return visible.length() <= MAX_SHOWN ? new LogRowText(visible, 0)
                : new LogRowText(visible.substring(0, MAX_SHOWN), visible.length() - MAX_SHOWN);
    }

    /** "10%\r55%\r100% done" shows as "100% done", as a terminal leaves it; a trailing {@code \r} changes nothing. */
    static String afterLastCarriageReturn(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\r') {
            end--;
        }
        int lastReturn = text.lastIndexOf('\r', end - 1);
        return lastReturn < 0 && end == text.length() ? text : text.substring(lastReturn + 1, end);
    }

    /** The note after a cut line, or null when nothing was cut. */
    String suffix() {
        return hidden == 0 ? null
                : String.format(" … (%,d more characters: copy or save the line to see all of it)", hidden);
    }
}
