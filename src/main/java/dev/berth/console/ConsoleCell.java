package dev.berth.console;

import dev.berth.ui.text.AnsiStyle;
import dev.berth.ui.text.AnsiText;
import dev.berth.ui.text.StyledLineCell;
import javafx.beans.value.ObservableBooleanValue;

import java.util.ArrayList;
import java.util.List;

/** One terminal row, with its colours and, on the cursor's row while the process runs, a block cursor. */
final class ConsoleCell extends StyledLineCell<ConsoleLine> {
    private final ObservableBooleanValue showCursor;

    ConsoleCell(ObservableBooleanValue showCursor) {
        super("console-cell");
        this.showCursor = showCursor;
    }

    @Override
    protected void updateItem(ConsoleLine item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        int cursor = showCursor.get() ? item.cursor() : -1;
        List<AnsiText.Run> runs = item.runs();
        if (cursor >= item.text().length()) { // the cursor sits past the text: give it a blank to stand on
            runs = new ArrayList<>(runs);
            runs.add(new AnsiText.Run(" ".repeat(cursor - item.text().length() + 1), AnsiStyle.PLAIN));
        }
        line.show(runs, null, null, cursor < 0 ? null : new int[] {cursor, cursor + 1}, false);
        setGraphic(line);
    }
}
