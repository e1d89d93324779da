package dev.berth.ui.form;

import java.util.regex.Pattern;

/**
 * The engine's rule for the names of containers and volumes (moby's {@code RestrictedNamePattern}): a letter or
 * digit, then letters, digits, '_', '.' or '-', two characters at least. The engine refuses any other such name.
 */
public final class EngineNames {
    private static final Pattern RESTRICTED = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    private static final Pattern ONE_CHARACTER = Pattern.compile("[a-zA-Z0-9]");

    private EngineNames() {
    }

    /** Whether the engine takes this as the name of a container or a volume. */
    public static boolean isValid(String name) {
        return name != null && RESTRICTED.matcher(name).matches();
    }

    /**
     * The same characters for names the engine takes in any form, such as networks and network aliases, where one
     * character is enough: Berth keeps them to these so that they work in DNS and on a command line unquoted.
     */
    public static boolean usesNameCharacters(String name) {
        return isValid(name) || name != null && ONE_CHARACTER.matcher(name).matches();
    }
}
