package dev.berth.compose.load;

import java.util.Locale;
import java.util.regex.Pattern;

/** Compose project names: what compose makes of a folder's name, and which names it accepts. */
final class ProjectNames {
    private static final Pattern DROPPED = Pattern.compile("[^a-z0-9_-]");
    private static final Pattern LEADING = Pattern.compile("^[_-]+");

    private ProjectNames() {
    }

    /** Lowercase, only {@code [a-z0-9_-]} kept, no leading {@code _} or {@code -}: compose's normalisation. */
    static String normalize(String name) {
        String kept = DROPPED.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
        return LEADING.matcher(kept).replaceFirst("");
    }

    /** Whether compose accepts the name as given ({@code -p}, {@code COMPOSE_PROJECT_NAME}). */
    static boolean isValid(String name) {
        return !name.isEmpty() && normalize(name).equals(name);
    }
}
