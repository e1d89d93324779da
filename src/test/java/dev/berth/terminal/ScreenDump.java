package dev.berth.terminal;

/** The screen in the golden files' text form (see src/test/node/golden.js, which writes the same from xterm.js). */
final class ScreenDump {
    private ScreenDump() {
    }

    static String dump(TerminalEmulator emulator, int mark, int offset) {
        ScreenSnapshot s = new ScreenSnapshot();
        emulator.snapshot(s, 0);
        StringBuilder out = new StringBuilder();
        out.append("== ").append(mark).append(" at ").append(offset)
                .append(" cursor ").append(s.cursorRow()).append(',').append(s.cursorCol())
                .append(" hidden ").append(emulator.modes().cursorVisible() ? 0 : 1)
                .append(" alt ").append(s.alternateScreen() ? 1 : 0).append('\n');
        StringBuilder attrs = new StringBuilder();
        for (int row = 0; row < s.rows(); row++) {
            out.append(String.format("%02d|", row)).append(s.rowText(row)).append('\n');
            int[] cells = s.row(row);
            int runStart = 0;
            String runKey = null;
            for (int col = 0; col <= s.cols(); col++) {
                String key = col < s.cols() ? key(cells, col) : null;
                if (key == null ? runKey != null : !key.equals(runKey)) {
                    if (runKey != null && !runKey.equals("d d")) {
                        attrs.append(String.format("a %02d %d-%d %s%n", row, runStart, col - 1, runKey));
                    }
                    runStart = col;
                    runKey = key;
                }
            }
        }
        return out.append(attrs).toString();
    }

    static String key(int[] cells, int col) {
        int i = col * Cells.STRIDE;
        String flags = Cells.describeAttributes(cells[i + Cells.FLAGS]);
        String key = Colors.describe(cells[i + Cells.FG]) + " " + Colors.describe(cells[i + Cells.BG]);
        return flags.isEmpty() ? key : key + " " + flags;
    }
}
