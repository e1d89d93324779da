package dev.berth.compose.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads {@code .env} and {@code env_file} files as docker compose v2 does: {@code KEY=VALUE} (or {@code KEY: VALUE}),
 * an optional {@code export }, {@code #} comments, unquoted values trimmed and cut at {@code " #"}, single quotes
 * literal, double quotes with backslash escapes, quoted values over several lines, {@code ${VAR}} substitution in
 * unquoted and double-quoted values, and a bare {@code KEY} taking its value from the environment.
 */
final class DotEnv {
    private final String text;
    private final Function<String, String> environment;
    private final Map<String, String> values = new LinkedHashMap<>();
    private int at;
    private int line = 1;

    private DotEnv(String text, Function<String, String> environment) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.environment = environment;
    }

    /** Why a file cannot be read, with its 1-based line. */
    static final class Failure extends Exception {
        private final int line;

        Failure(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /**
     * The file's variables in file order.
     *
     * @param environment the value of a variable outside the file (it wins over the file's own values in
     *                    substitutions), or null
     */
    static Map<String, String> parse(String text, Function<String, String> environment) throws Failure {
        DotEnv reader = new DotEnv(text, environment);
        reader.readAll();
        return reader.values;
    }

    private void readAll() throws Failure {
        while (skipBlankAndComments()) {
            if (text.startsWith("export", at) && at + 6 < text.length() && isSpace(text.charAt(at + 6))) {
                at += 6;
                skipSpaces();
            }
            int keyStart = at;
            while (at < text.length() && "=:\n".indexOf(text.charAt(at)) < 0) {
                char c = text.charAt(at);
                if (!isSpace(c) && !Character.isLetterOrDigit(c) && "_.-[]".indexOf(c) < 0) {
                    throw new Failure(line, "The variable name on line " + line + " has the character '" + c
                            + "'; names use letters, digits and _ . - [ ].");
                }
                at++;
            }
            String key = text.substring(keyStart, at).strip();
            if (key.chars().anyMatch(DotEnv::isSpace)) {
                throw new Failure(line, "The variable name \"" + key + "\" on line " + line + " has a space.");
            }
            if (at >= text.length() || text.charAt(at) == '\n') {
                String inherited = environment.apply(key);
                if (inherited != null) {
                    values.put(key, inherited);
                }
                continue;
            }
            at++;
            skipSpaces();
            values.put(key, value());
        }
    }

    private String value() throws Failure {
        char quote = at < text.length() ? text.charAt(at) : 0;
        if (quote == '"' || quote == '\'') {
            return quoted(quote);
        }
        int end = text.indexOf('\n', at);
        String value = text.substring(at, end < 0 ? text.length() : end);
        at = end < 0 ? text.length() : end;
        int comment = value.indexOf(" #");
        return substitute((comment < 0 ? value : value.substring(0, comment)).stripTrailing());
    }

    private String quoted(char quote) throws Failure {
        int startLine = line;
        StringBuilder value = new StringBuilder();
        for (int i = at + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '\\' && i + 1 < text.length()) {
                char escaped = text.charAt(++i);
                if (quote == '"') {
                    value.append(escape(escaped));
                } else {
                    value.append(escaped == quote ? "" : "\\").append(escaped);
                }
            } else if (c == quote) {
                int end = text.indexOf('\n', i);
                at = end < 0 ? text.length() : end;
                return quote == '"' ? substitute(value.toString()) : value.toString();
            } else {
                value.append(c);
            }
        }
        throw new Failure(startLine, "The value on line " + startLine + " opens a " + quote
                + " quote that is never closed.");
    }

    private static String escape(char escaped) {
        return switch (escaped) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '$' -> "$$";
            case '"', '\\' -> String.valueOf(escaped);
            default -> "\\" + escaped;
        };
    }

    private String substitute(String value) throws Failure {
        Interpolation interpolation = new Interpolation(name -> {
            String outside = environment.apply(name);
            return outside != null ? outside : values.get(name);
        });
        try {
            return interpolation.substitute(value, name -> { });
        } catch (Interpolation.Failure failure) {
            throw new Failure(line, failure.getMessage());
        }
    }

    /** Moves to the next statement; false at the end of the text. */
    private boolean skipBlankAndComments() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n') {
                line++;
                at++;
            } else if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '#') {
                int end = text.indexOf('\n', at);
                at = end < 0 ? text.length() : end;
            } else {
                return true;
            }
        }
        return false;
    }

    private void skipSpaces() {
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }
}
