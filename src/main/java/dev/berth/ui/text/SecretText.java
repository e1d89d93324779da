package dev.berth.ui.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values that should not be read over someone's shoulder, in a screenshot or a screen share: a {@code KEY=VALUE}
 * whose name says it holds a password, token or key. What is shown masks them; what is copied stays real.
 */
public final class SecretText {
    public static final String MASK = "••••••";

    private static final List<String> SECRET_WORDS =
            List.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "KEY", "CREDENTIAL");
    /** The options of `docker …` lines whose value is a {@code KEY=VALUE} that becomes a variable. */
    private static final Set<String> ASSIGNING_OPTIONS = Set.of("-e", "--env", "--build-arg");
    /** A JSON string that is a whole {@code KEY=VALUE}, as inspect's {@code Env} lists them. */
    private static final Pattern JSON_ASSIGNMENT =
            Pattern.compile("\"([A-Za-z_][A-Za-z0-9_.-]*)=((?:[^\"\\\\]|\\\\.)*)\"");

    private SecretText() {
    }

    /** Whether a variable's name suggests its value should be masked on screen. */
    public static boolean looksSecret(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(upper::contains);
    }

    /**
     * The line with the value of every secret-looking {@code -e}, {@code --env} and {@code --build-arg} masked,
     * except those whose name {@code revealed} accepts; everything else stays exactly as written.
     */
    public static String maskCommand(String line, Predicate<String> revealed) {
        if (line == null || line.isEmpty()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        String previous = "";
        int at = 0;
        while (at < line.length()) {
            if (Character.isWhitespace(line.charAt(at))) {
                out.append(line.charAt(at++));
                continue;
            }
            Word word = Word.at(line, at);
            out.append(maskedWord(previous, word, line, revealed));
            previous = word.text;
            at = word.end;
        }
        return out.toString();
    }

    /** Masks with nothing revealed. */
    public static String maskCommand(String line) {
        return maskCommand(line, name -> false);
    }

    /** Inspect's JSON with the values of secret-looking {@code "KEY=VALUE"} strings masked. */
    public static String maskJson(String json) {
        if (json == null) {
            return null;
        }
        Matcher assignment = JSON_ASSIGNMENT.matcher(json);
        return assignment.replaceAll(found -> looksSecret(found.group(1)) && !found.group(2).isEmpty()
                ? Matcher.quoteReplacement("\"" + found.group(1) + "=" + MASK + "\"")
                : Matcher.quoteReplacement(found.group()));
    }

    private static String maskedWord(String previous, Word word, String line, Predicate<String> revealed) {
        String assignment = null;
        String prefix = "";
        if (ASSIGNING_OPTIONS.contains(previous)) {
            assignment = word.text;
        } else {
            for (String option : List.of("--env=", "--build-arg=")) {
                if (word.text.startsWith(option)) {
                    prefix = option;
                    assignment = word.text.substring(option.length());
                }
            }
        }
        int equals = assignment == null ? -1 : assignment.indexOf('=');
        if (equals <= 0 || equals == assignment.length() - 1) {
            return line.substring(word.start, word.end);
        }
        String name = assignment.substring(0, equals);
        return looksSecret(name) && !revealed.test(name) ? prefix + name + "=" + MASK
                : line.substring(word.start, word.end);
    }

    /** One shell word: where it is in the line and its text without quotes and escapes. */
    private record Word(int start, int end, String text) {
        static Word at(String line, int start) {
            StringBuilder text = new StringBuilder();
            int at = start;
            while (at < line.length() && !Character.isWhitespace(line.charAt(at))) {
                char c = line.charAt(at);
                if (c == '\'' || c == '"') {
                    int close = line.indexOf(c, at + 1);
                    while (c == '"' && close > 0 && line.charAt(close - 1) == '\\') {
                        close = line.indexOf(c, close + 1);
                    }
                    int end = close < 0 ? line.length() : close;
                    text.append(line, at + 1, end);
                    at = close < 0 ? line.length() : close + 1;
                } else if (c == '\\' && at + 1 < line.length()) {
                    text.append(line.charAt(at + 1));
                    at += 2;
                } else {
                    text.append(c);
                    at++;
                }
            }
            return new Word(start, at, text.toString());
        }
    }
}
