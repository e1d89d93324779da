package dev.berth.compose.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code command} or {@code entrypoint} string into words as docker compose does (with go-shellwords):
 * whitespace separates words, single quotes keep their text, double quotes group it, a backslash takes the next
 * character as it is. Nothing is expanded: {@code $VAR}, {@code |} and {@code ;} reach the program as written.
 */
final class CommandWords {
    private CommandWords() {
    }

    /** @throws IllegalArgumentException with a sentence when a quote is never closed */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && quote != '\'' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("The command opens a " + quote + " quote that is never closed; add "
                    + "the closing " + quote + ", or write the command as a list.");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
