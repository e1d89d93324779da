package dev.berth.ui.form;

import dev.berth.daemon.containers.RunSpec;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code .env} files for the Run dialog's "Load .env…". */
public final class EnvFile {
    private EnvFile() {
    }

    /**
     * Parses the format of {@code docker run --env-file}: one {@code KEY=VALUE} per line, {@code #} comments and
     * blank lines skipped. Beyond docker, an {@code export } prefix is tolerated and one pair of matching quotes
     * around the value is removed, because files written for shells (and for Compose) use both. The value is
     * otherwise kept as written: no trimming, no inline comments, no escapes.
     *
     * @throws IllegalArgumentException naming the line number when a line is not {@code KEY=VALUE}
     */
    public static List<RunSpec.EnvVar> parseEnvFile(String content) {
        List<RunSpec.EnvVar> variables = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].stripLeading();
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ") || line.startsWith("export\t")) {
                line = line.substring("export".length()).stripLeading();
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("Line " + number + " of the .env file has no =; write it as"
                        + " KEY=VALUE, or start it with # to make it a comment.");
            }
            String key = line.substring(0, equals);
            if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("Line " + number + " of the .env file has no valid variable name"
                        + " before the =; names cannot be empty or contain spaces.");
            }
            variables.add(new RunSpec.EnvVar(key, unquote(line.substring(equals + 1))));
        }
        return variables;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0);
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
