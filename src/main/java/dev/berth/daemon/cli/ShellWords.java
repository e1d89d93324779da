package dev.berth.daemon.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a command line into words the way a POSIX shell does, for pasted `docker run` lines and commands. */
public final class ShellWords {
    /** What a shell would substitute: parameters, $(…), ${…} and the special parameters. */
    private static final Pattern EXPANSION = Pattern.compile("\\$(\\([^)]*\\)?|\\{[^}]*}?|[A-Za-z_]\\w*|[0-9@*#?$!-])");

    private ShellWords() {
    }

    /**
     * Splits one simple command as a POSIX shell would: quotes, backslash escapes and continuations, {@code #}
     * comments. Expansions and operators are refused, since only a shell could know what they produce.
     *
     * @throws IllegalArgumentException with a sentence for the user (unclosed quote, {@code $VAR}, {@code |} …)
     */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += line.startsWith("\r\n", i + 1) ? 1 : 0;
                if (++i < line.length() && line.charAt(i) != '\n') {
                    word.append(line.charAt(i));
                    inWord = true;
                }
            } else if (c == '\'') {
                int close = line.indexOf('\'', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("A ' quote is never closed; add the closing '.");
                }
                word.append(line, i + 1, close);
                inWord = true;
                i = close;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word);
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                int newline = line.indexOf('\n', i);
                i = newline < 0 ? line.length() : newline;
            } else if (";|&<>()".indexOf(c) >= 0) {
                throw new IllegalArgumentException(
                        "Berth reads a single docker run command; remove the " + c + " and what it joins.");
            } else {
                refuseExpansion(line, i);
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends a double-quoted word's text starting at {@code from}; returns the index of the closing quote. */
    private static int doubleQuoted(String line, int from, StringBuilder word) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                return i;
            }
            // Inside double quotes a backslash only escapes these; before anything else it stays literal.
            if (c == '\\' && i + 1 < line.length() && "$`\"\\\n".indexOf(line.charAt(i + 1)) >= 0) {
                if (line.charAt(++i) != '\n') {
                    word.append(line.charAt(i));
                }
                continue;
            }
            refuseExpansion(line, i);
            word.append(c);
        }
        throw new IllegalArgumentException("A \" quote is never closed; add the closing \".");
    }

    private static void refuseExpansion(String line, int at) {
        if (line.charAt(at) == '`') {
            throw new IllegalArgumentException(
                    "Berth does not run commands in `backticks`; replace them with the text they print.");
        }
        Matcher expansion = EXPANSION.matcher(line).region(at, line.length());
        if (line.charAt(at) == '$' && expansion.lookingAt()) {
            throw new IllegalArgumentException("Berth does not expand " + expansion.group()
                    + " like a shell would; replace it with the value you mean.");
        }
    }
}
