package dev.berth.console;

import dev.berth.ui.text.AnsiStyle;
import dev.berth.ui.text.AnsiText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One row of the terminal: characters and the style of each, changed in place as output overwrites it. */
final class TerminalLine {
    private final StringBuilder chars = new StringBuilder();
    private final List<AnsiStyle> styles = new ArrayList<>();
    private boolean wrapped;

    int length() {
        return chars.length();
    }

    void put(int column, char c, AnsiStyle style) {
        while (chars.length() < column) {
            chars.append(' ');
            styles.add(AnsiStyle.PLAIN);
        }
        if (column < chars.length()) {
            chars.setCharAt(column, c);
            styles.set(column, style);
        } else {
            chars.append(c);
            styles.add(style);
        }
    }

    /** Erases from {@code column} to the end. */
    void truncate(int column) {
        if (column < chars.length()) {
            chars.setLength(column);
            styles.subList(column, styles.size()).clear();
        }
        if (column == 0) {
            wrapped = false;
        }
    }

    /** Turns [from, to) into plain spaces. */
    void blank(int from, int to) {
        for (int i = from; i < to && i < chars.length(); i++) {
            chars.setCharAt(i, ' ');
            styles.set(i, AnsiStyle.PLAIN);
        }
    }

    /** Removes {@code count} characters at {@code column}; the rest of the line moves left. */
    void delete(int column, int count) {
        if (column < chars.length()) {
            int end = Math.min(chars.length(), column + count);
            chars.delete(column, end);
            styles.subList(column, end).clear();
        }
    }

    /** Inserts {@code count} spaces at {@code column}; the rest of the line moves right. */
    void insertBlanks(int column, int count) {
        if (column < chars.length()) {
            chars.insert(column, " ".repeat(count));
            styles.addAll(column, Collections.nCopies(count, AnsiStyle.PLAIN));
        }
    }

    void setWrapped(boolean continues) {
        wrapped = continues;
    }

    ConsoleLine snapshot(int cursor) {
        List<AnsiText.Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= chars.length(); i++) {
            if (i == chars.length() || !styles.get(i).equals(styles.get(start))) {
                runs.add(new AnsiText.Run(chars.substring(start, i), styles.get(start)));
                start = i;
            }
        }
        return new ConsoleLine(List.copyOf(runs), chars.toString(), cursor, wrapped);
    }
}
