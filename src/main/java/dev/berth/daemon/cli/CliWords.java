package dev.berth.daemon.cli;

import java.util.List;
import java.util.regex.Pattern;

/** The `docker …` command line that each engine-changing action equals, so the GUI teaches the CLI. */
public final class CliWords {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private CliWords() {
    }

    public static String remove(List<String> containers, boolean force, boolean volumes) {
        StringBuilder flags = new StringBuilder("docker rm");
        if (force) {
            flags.append(" -f");
        }
        if (volumes) {
            flags.append(" -v");
        }
        for (String container : containers) {
            flags.append(' ').append(quote(container));
        }
        return flags.toString();
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
