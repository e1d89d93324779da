package dev.berth.daemon.cli;

import java.util.regex.Pattern;

/** Shell quoting for the `docker …` lines the command-line builders make, so a copied line runs as shown. */
public final class CliWords {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private CliWords() {
    }

    /** Joins words into a POSIX shell line, quoting only the words that need it. */
    public static String line(String... words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(quote(word));
        }
        return out.toString();
    }

    public static String quote(String word) {
        if (!word.isEmpty() && SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
