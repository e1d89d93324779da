package dev.berth.console;

import dev.berth.ui.text.AnsiText;

import java.util.List;

/**
 * A row of the console as shown: its styled runs, its plain text (for copying), the cursor's column when the cursor
 * is on this row (-1 otherwise), and whether the row continues on the next one (it reached the terminal's width).
 */
public record ConsoleLine(List<AnsiText.Run> runs, String text, int cursor, boolean wrapped) {
}
